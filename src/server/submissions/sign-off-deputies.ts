import "server-only";
import { nominationStands } from "@/domain/deputies";
import type { Db, Tx } from "@/server/db/client";

/** Nominations not removed that still stand (domain/deputies: both people remain, in their roles). */
async function standingNominations(tx: Db | Tx, localAuthorityGss: string, deputyId?: string) {
  const nominations = await tx.signOffDeputy.findMany({
    where: { localAuthorityGss, revokedAt: null, ...(deputyId ? { deputyId } : {}) },
    select: { deputyId: true, nominatedById: true },
  });
  if (nominations.length === 0) return [];
  const ids = [...new Set(nominations.flatMap((n) => [n.deputyId, n.nominatedById]))];
  const people = new Map((await tx.user.findMany({ where: { id: { in: ids }, localAuthorityGss }, select: { id: true, role: true, deactivatedAt: true } })).map((p) => [p.id, p]));
  return nominations.filter((n) => nominationStands(people.get(n.deputyId), people.get(n.nominatedById)));
}

/** People the accountable lead nominated to sign on their behalf. */
export async function signOffDeputyIds(tx: Db | Tx, localAuthorityGss: string): Promise<string[]> {
  return (await standingNominations(tx, localAuthorityGss)).map((n) => n.deputyId);
}

/** The accountable lead a deputy signs for, or null when the actor is not a deputy of this LA. */
export async function deputyNominator(tx: Db | Tx, localAuthorityGss: string, actorId: string): Promise<string | null> {
  return (await standingNominations(tx, localAuthorityGss, actorId))[0]?.nominatedById ?? null;
}
