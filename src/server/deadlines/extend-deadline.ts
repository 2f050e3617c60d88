import "server-only";
import { isIsoDate } from "@/catalogue/calendar";
import type { IsoDate } from "@/catalogue/types";
import type { SubmissionKind } from "@/domain/submissions/types";
import { authorise, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Db, Tx } from "@/server/db/client";
import { notFoundError } from "@/server/errors";

// One LA's later deadline for one submission (kind + period): the sign-up ("sign-up"), a quarterly return
// ("2023-24-Q1"), a grant statement. Submitting and signing read it through extendedDeadlineFor.

export interface DeadlineExtensionInput {
  localAuthorityGss: string;
  kind: SubmissionKind;
  periodKey: string;
  /** London date, YYYY-MM-DD: the new last day to submit. */
  dueDate: string;
  /** London date after which the submission locks; the due date when not given. */
  lockDate?: string;
  reason: string;
}

/** The administrator-set deadline for this LA and submission, or null when there is none. */
export async function extendedDeadlineFor(db: Db | Tx, { localAuthorityGss, kind, periodKey }: { localAuthorityGss: string; kind: SubmissionKind; periodKey: string }) {
  return db.deadlineExtension.findUnique({
    where: { localAuthorityGss_kind_periodKey: { localAuthorityGss, kind, periodKey } },
    select: { dueDate: true, lockDate: true, reason: true, grantedById: true, createdAt: true },
  });
}

/** The extended due date as a London date, or null when there is no (well-formed) extension. */
export async function extendedDueDate(db: Db | Tx, key: { localAuthorityGss: string; kind: SubmissionKind; periodKey: string }): Promise<IsoDate | null> {
  const dueDate = (await extendedDeadlineFor(db, key))?.dueDate;
  return dueDate && isIsoDate(dueDate) ? dueDate : null;
}

/** Sets (or replaces) one LA's extended deadline, audited with the reason and the date it replaced. */
export async function extendDeadline({ db, actor, input }: { db: Db; actor: Actor; input: DeadlineExtensionInput }) {
  authorise(actor, "deadlines.extend");
  const la = await db.localAuthority.findUnique({ where: { gssCode: input.localAuthorityGss }, select: { gssCode: true } });
  if (!la) throw notFoundError("That local authority");
  const key = { localAuthorityGss: input.localAuthorityGss, kind: input.kind, periodKey: input.periodKey };
  const lockDate = input.lockDate && input.lockDate > input.dueDate ? input.lockDate : input.dueDate;
  return db.$transaction(async (tx) => {
    const before = await extendedDeadlineFor(tx, key);
    const saved = await tx.deadlineExtension.upsert({
      where: { localAuthorityGss_kind_periodKey: key },
      create: { ...key, dueDate: input.dueDate, lockDate, reason: input.reason, grantedById: actor.id },
      update: { dueDate: input.dueDate, lockDate, reason: input.reason, grantedById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "deadline.extended",
      subjectType: "deadline-extension",
      subjectId: saved.id,
      localAuthorityGss: input.localAuthorityGss,
      data: { kind: input.kind, periodKey: input.periodKey, before: before ? { dueDate: before.dueDate, reason: before.reason } : null, after: { dueDate: input.dueDate, lockDate, reason: input.reason } },
    });
    return saved;
  });
}
