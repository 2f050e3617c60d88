import "server-only";
import { mayBeDeputy, nominationStands } from "@/domain/deputies";
import { ROLE_LABELS } from "@/domain/roles";
import { authoriseForLocalAuthority, isRecordId, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Db } from "@/server/db/client";
import { AppError, notFoundError } from "@/server/errors";
import { notifyUsers } from "@/server/notifications";

// The accountable lead's deputies: colleagues in the same LA who may sign plans, returns and the sign-up on
// their behalf (issue 4: "the single accountable lead, or a deputy they nominate, recorded as signing on their
// behalf"). Statements of grant usage stay with the finance officer. Only the LA's own accountable lead sees
// or changes the list; anyone else is told the page does not exist.

export const deputiesPath = (gssCode: string) => `/local-authorities/${encodeURIComponent(gssCode)}/sign-off-deputies`;


export interface Colleague {
  id: string;
  name: string;
  email: string;
  roleLabel: string;
}

/**
 * Every nomination not yet removed, with whether it still lets the deputy sign (they left, or the lead who
 * nominated them did: see signOffDeputyIds), and the colleagues who could become a deputy.
 */
export async function loadDeputies({ db, actor, localAuthorityGss }: { db: Db; actor: Actor; localAuthorityGss: string }) {
  await authoriseForLocalAuthority(db, actor, "deputies.manage", localAuthorityGss);
  const [nominations, team] = await Promise.all([
    db.signOffDeputy.findMany({ where: { localAuthorityGss, revokedAt: null }, select: { id: true, deputyId: true, nominatedById: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db.user.findMany({ where: { localAuthorityGss }, select: { id: true, name: true, email: true, role: true, deactivatedAt: true }, orderBy: [{ name: "asc" }, { email: "asc" }] }),
  ]);
  const byId = new Map(team.map((u) => [u.id, u]));
  const colleague = (u: (typeof team)[number]): Colleague => ({ id: u.id, name: u.name, email: u.email, roleLabel: ROLE_LABELS[u.role] });
  const deputies = nominations.flatMap((n) => {
    const person = byId.get(n.deputyId);
    const nominator = byId.get(n.nominatedById);
    if (!person) return [];
    return [{ nominationId: n.id, since: n.createdAt, nominatedBy: nominator?.name ?? "Unknown", canSign: nominationStands(person, nominator), ...colleague(person) }];
  });
  const nominated = new Set(nominations.map((n) => n.deputyId));
  return { deputies, candidates: team.filter((u) => mayBeDeputy(u) && !nominated.has(u.id)).map(colleague) };
}

/** Makes a colleague a deputy. Someone of another LA, or no one, is "not found"; a second nomination is a conflict. */
export async function nominateDeputy({ db, actor, localAuthorityGss, deputyId }: { db: Db; actor: Actor; localAuthorityGss: string; deputyId: string }) {
  await authoriseForLocalAuthority(db, actor, "deputies.manage", localAuthorityGss);
  if (!isRecordId(deputyId)) throw notFoundError("That person");
  return db.$transaction(async (tx) => {
    const deputy = await tx.user.findFirst({ where: { id: deputyId, localAuthorityGss }, select: { id: true, name: true, role: true, deactivatedAt: true } });
    if (!deputy || !mayBeDeputy(deputy)) throw notFoundError("That person");
    // Two nominations of the same person at the same moment: the second waits here, then sees the first.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${deputy.id} FOR UPDATE`;
    const existing = await tx.signOffDeputy.findFirst({ where: { localAuthorityGss, deputyId, revokedAt: null }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", `${deputy.name} can already sign on your behalf.`);
    const nomination = await tx.signOffDeputy.create({ data: { localAuthorityGss, deputyId, nominatedById: actor.id }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "sign-off-deputy.nominated", subjectType: "sign-off-deputy", subjectId: nomination.id, localAuthorityGss, data: { deputyId, deputyName: deputy.name } });
    await notifyUsers(tx, [deputy.id], {
      subject: "You can now sign on behalf of your accountable lead",
      message: `${actor.name} has nominated you to sign delivery plans, quarterly delivery returns and the programme sign-up on their behalf.`,
      href: `/local-authorities/${localAuthorityGss}`,
    });
    return { nominationId: nomination.id, deputyName: deputy.name };
  });
}

/** Ends a nomination. Compare-and-set: removing twice is a conflict, not a second audit event. */
export async function removeDeputy({ db, actor, localAuthorityGss, nominationId, now = new Date() }: { db: Db; actor: Actor; localAuthorityGss: string; nominationId: string; now?: Date }) {
  await authoriseForLocalAuthority(db, actor, "deputies.manage", localAuthorityGss);
  if (!isRecordId(nominationId)) throw notFoundError("That deputy");
  return db.$transaction(async (tx) => {
    const nomination = await tx.signOffDeputy.findFirst({ where: { id: nominationId, localAuthorityGss }, select: { id: true, deputyId: true } });
    if (!nomination) throw notFoundError("That deputy");
    const deputy = await tx.user.findUnique({ where: { id: nomination.deputyId }, select: { name: true } });
    const deputyName = deputy?.name ?? "That person";
    const removed = await tx.signOffDeputy.updateMany({ where: { id: nominationId, localAuthorityGss, revokedAt: null }, data: { revokedAt: now } });
    if (removed.count !== 1) throw new AppError("CONFLICT", `${deputyName} had already been removed as a deputy.`);
    await recordAudit(tx, { actorId: actor.id, action: "sign-off-deputy.removed", subjectType: "sign-off-deputy", subjectId: nomination.id, localAuthorityGss, data: { deputyId: nomination.deputyId, deputyName } });
    await notifyUsers(tx, [nomination.deputyId], {
      subject: "You can no longer sign on behalf of your accountable lead",
      message: `${actor.name} has removed you as their deputy: you can no longer sign on their behalf.`,
    });
    return { deputyName };
  });
}
