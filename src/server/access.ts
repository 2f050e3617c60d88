import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { can, type Action, type Actor, type LaResource } from "@/domain/permissions";
import { isDepartmentRole, isLaRole, type RoleName } from "@/domain/roles";
import { getDatabase } from "@/server/db/database";
import { notFoundError } from "@/server/errors";
import { readSessionUserId } from "@/server/auth/session-cookie";
import type { Prisma } from "@/generated/prisma/client";

export type { Actor } from "@/domain/permissions";

async function loadActor(): Promise<Actor | null> {
  const userId = await readSessionUserId();
  if (!userId) return null;
  const { db } = await getDatabase();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, localAuthorityGss: true, region: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) return null;
  const { deactivatedAt: _, ...actor } = user;
  return { ...actor, role: actor.role satisfies RoleName };
}

/** The signed-in user, or null. Cached for the request. */
export const getActor = cache(loadActor);

/** The signed-in user; sends anyone else to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/**
 * Refuses as "not found" so that another LA's records are never confirmed to exist.
 * Throws an AppError, which pages turn into the 404 page and API routes into a 404.
 */
export function authorise(actor: Actor, action: Action, resource?: LaResource): void {
  if (!can(actor, action, resource)) throw notFoundError();
}

/** The local authorities the actor may see, as a where-fragment. National roles see all. */
export function localAuthorityScope(actor: Actor): Prisma.LocalAuthorityWhereInput {
  if (isDepartmentRole(actor.role)) return {};
  if (isLaRole(actor.role)) return { gssCode: actor.localAuthorityGss ?? "-" };
  return { region: actor.region ?? "-" };
}

/**
 * Loads one local authority the actor may see, or answers 404.
 * Every LA-scoped page starts here.
 */
export async function requireLocalAuthority(actor: Actor, gssCode: string, action: Action = "la.view") {
  // Anything but a GSS code names no LA (and text such as NUL would fail the query as a 500).
  if (!isGssCode(gssCode)) notFound();
  const { db } = await getDatabase();
  const la = await db.localAuthority.findFirst({ where: { AND: [{ gssCode }, localAuthorityScope(actor)] } });
  if (!la || !can(actor, action, { localAuthorityGss: la.gssCode, region: la.region })) notFound();
  return la;
}

/** A GSS code's shape, like E06000009. */
export function isGssCode(value: string): boolean {
  return /^[A-Z]\d{8}$/.test(value);
}

/** For pages: the 404 page unless the actor may do this. */
export function requirePermission(actor: Actor, action: Action): void {
  if (!can(actor, action)) notFound();
}
