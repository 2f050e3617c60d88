import "server-only";
import type { Db, Tx } from "@/server/db/client";

/**
 * Nominations that still stand: not removed, made by someone who is still an active accountable lead of the
 * LA, for someone who is still an active colleague there (and not an accountable lead, who signs in their own
 * right). A lead who leaves takes their deputies' authority with them.
 */
async function standingNominations(tx: Db | Tx, localAuthorityGss: string, deputyId?: string) {
  const nominations = await tx.signOffDeputy.findMany({
    where: { localAuthorityGss, revokedAt: null, ...(deputyId ? { deputyId } : {}) },
    select: { deputyId: true, nominatedById: true },
  });
  if (nominations.length === 0) return [];
  const ids = [...new Set(nominations.flatMap((n) => [n.deputyId, n.nominatedById]))];
  const people = await tx.user.findMany({ where: { id: { in: ids }, localAuthorityGss, deactivatedAt: null }, select: { id: true, role: true } });
  const roleOf = new Map(people.map((p) => [p.id, p.role]));
  return nominations.filter((n) => roleOf.get(n.nominatedById) === "ACCOUNTABLE_LEAD" && roleOf.has(n.deputyId) && roleOf.get(n.deputyId) !== "ACCOUNTABLE_LEAD");
}

/** People the accountable lead nominated to sign on their behalf. */
export async function signOffDeputyIds(tx: Db | Tx, localAuthorityGss: string): Promise<string[]> {
  return (await standingNominations(tx, localAuthorityGss)).map((n) => n.deputyId);
}

/** The accountable lead a deputy signs for, or null when the actor is not a deputy of this LA. */
export async function deputyNominator(tx: Db | Tx, localAuthorityGss: string, actorId: string): Promise<string | null> {
  return (await standingNominations(tx, localAuthorityGss, actorId))[0]?.nominatedById ?? null;
}
