import "server-only";
import type { Db, Tx } from "@/server/db/client";

/** People the accountable lead nominated to sign on their behalf (not revoked). */
export async function signOffDeputyIds(tx: Db | Tx, localAuthorityGss: string): Promise<string[]> {
  const deputies = await tx.signOffDeputy.findMany({ where: { localAuthorityGss, revokedAt: null }, select: { deputyId: true } });
  return deputies.map((d) => d.deputyId);
}

/** The accountable lead a deputy signs for, or null when the actor is not a deputy of this LA. */
export async function deputyNominator(tx: Db | Tx, localAuthorityGss: string, actorId: string): Promise<string | null> {
  const deputy = await tx.signOffDeputy.findFirst({ where: { localAuthorityGss, deputyId: actorId, revokedAt: null }, select: { nominatedById: true } });
  return deputy?.nominatedById ?? null;
}
