import "server-only";
import { notFound } from "next/navigation";
import { periodById } from "@/catalogue/calendar";
import { can } from "@/domain/permissions";
import { isLate } from "@/domain/return/periods";
import type { ReturnContext } from "@/domain/return/sections";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { getDatabase } from "@/server/db/database";
import { loadTaskList } from "@/server/submissions/load-task-list";
import { findLatestRevision } from "@/server/submissions/load-submission";
import { returnKindServer } from "./return-kind";
import { refusalOf, returnStanding } from "./return-periods";

/**
 * When the return was first signed and submitted. On time is judged on that: a revision the programme team
 * asked for later is not late, and a return first submitted late stays marked late.
 */
export async function firstSubmissionTime(db: Db, submission: { localAuthorityGss: string; periodKey: string }): Promise<Date | null> {
  const first = await db.submission.findFirst({
    where: { kind: "DELIVERY_RETURN", localAuthorityGss: submission.localAuthorityGss, periodKey: submission.periodKey, submittedAt: { not: null } },
    orderBy: { revision: "asc" },
    select: { submittedAt: true },
  });
  return first?.submittedAt ?? null;
}

/** Everything a return page needs, loaded once per request: the LA (or 404), the period, its standing and the latest revision. */
export async function loadReturnPage(gssCode: string, periodId: string) {
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, gssCode);
  const period = periodById(periodId);
  if (!period) notFound();
  const { db } = await getDatabase();
  const now = programmeNow();
  const [standing, submission] = await Promise.all([
    returnStanding({ db, localAuthorityGss: la.gssCode, periodId, now }),
    findLatestRevision({ db, actor, kind: "DELIVERY_RETURN", localAuthorityGss: la.gssCode, periodKey: periodId }),
  ]);
  const resource = { localAuthorityGss: la.gssCode, region: la.region };
  const permissions = {
    edit: can(actor, "return.edit", resource),
    sendForSignOff: can(actor, "return.sendForSignOff", resource),
    review: can(actor, "return.review", resource),
  };
  const due = standing.kind === "owed" ? standing.status.due : period.due;
  const base = { actor, db, la, period, standing, due, permissions, now } as const;
  if (!submission) return { ...base, submission: null, refusal: refusalOf(standing) } as const;

  const refusal = refusalOf(standing, { reopened: submission.revision > 1 });
  const firstSubmittedAt = await firstSubmissionTime(db, submission);
  const context = (await returnKindServer.loadContext(db, submission)) as ReturnContext;
  const sections = returnKindServer.definition.sections.filter((s) => !s.appliesTo || s.appliesTo(context as never));
  const taskList = await loadTaskList(db, submission, sections);
  return {
    ...base,
    submission,
    refusal,
    context,
    sections,
    ...taskList,
    firstSubmittedAt,
    late: firstSubmittedAt ? isLate(firstSubmittedAt, due) : false,
    editable: submission.status === "DRAFT" && permissions.edit && refusal === null,
  } as const;
}

export type ReturnPage = Awaited<ReturnType<typeof loadReturnPage>>;
