import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { can, type Action, type Actor } from "@/domain/permissions";
import type { RoleName } from "@/domain/roles";
import { getDatabase } from "@/server/db/database";
import { readSessionUserId } from "@/server/auth/session-cookie";
import { isGssCode, localAuthorityScope } from "@/server/authorise";

export type { Actor } from "@/domain/permissions";
// Pages and actions import everything access-related from here.
export { authorise, isGssCode, localAuthorityScope } from "@/server/authorise";

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

/** For pages: the 404 page unless the actor may do this. */
export function requirePermission(actor: Actor, action: Action): void {
  if (!can(actor, action)) notFound();
}
