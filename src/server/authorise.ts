import "server-only";
import { can, type Action, type Actor, type LaResource } from "@/domain/permissions";
import { isDepartmentRole, isLaRole } from "@/domain/roles";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/server/db/client";
import { notFoundError } from "@/server/errors";

// The access checks server functions use. Free of Next imports, so scripts (seed, load
// tests) can run the same server code outside a request. Pages use src/server/access.ts.

export type { Actor } from "@/domain/permissions";

/**
 * Refuses as "not found" so that another LA's records are never confirmed to exist.
 * Throws an AppError, which pages turn into the 404 page and API routes into a 404.
 */
export function authorise(actor: Actor, action: Action, resource?: LaResource): void {
  if (!can(actor, action, resource)) throw notFoundError();
}

/** The local authority, when the actor may do `action` for it; otherwise "not found", whether it exists or not. */
export async function authoriseForLocalAuthority(db: Db | Tx, actor: Actor, action: Action, localAuthorityGss: string) {
  if (!isGssCode(localAuthorityGss)) throw notFoundError("That local authority");
  const la = await db.localAuthority.findUnique({ where: { gssCode: localAuthorityGss }, select: { gssCode: true, region: true } });
  if (!la) throw notFoundError("That local authority");
  authorise(actor, action, { localAuthorityGss: la.gssCode, region: la.region });
  return la;
}

/** The local authorities the actor may see, as a where-fragment. National roles see all. */
export function localAuthorityScope(actor: Actor): Prisma.LocalAuthorityWhereInput {
  if (isDepartmentRole(actor.role)) return {};
  if (isLaRole(actor.role)) return { gssCode: actor.localAuthorityGss ?? "-" };
  return { region: actor.region ?? "-" };
}

/** A GSS code's shape, like E06000009. */
export function isGssCode(value: string): boolean {
  return /^[A-Z]\d{8}$/.test(value);
}

/** A record id's shape (a UUID): anything else names no record, and text such as NUL would fail the query. */
export function isRecordId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
