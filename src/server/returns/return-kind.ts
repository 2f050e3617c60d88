import "server-only";
import { periodById } from "@/catalogue/calendar";
import { deliveryReturnDefinition } from "@/domain/return/definition";
import type { ReturnContext } from "@/domain/return/sections";
import { planMilestones } from "@/domain/plan/plan-milestones";
import type { SubmissionDocument } from "@/domain/submissions/types";
import type { Db, Tx } from "@/server/db/client";
import { approvedPlanDocument } from "@/server/plans/approved-plan";
import type { SubmissionKindServer, SubmissionRecord } from "@/server/submissions/kind-server";
import { assertAccepting, returnStanding } from "./return-periods";

/** The latest submitted or approved return before this period: what carries forward and what "last quarter" means. */
export async function previousReturnDocument(db: Db | Tx, localAuthorityGss: string, periodId: string): Promise<SubmissionDocument | undefined> {
  const previous = await db.submission.findFirst({
    where: { kind: "DELIVERY_RETURN", localAuthorityGss, periodKey: { lt: periodId }, status: { in: ["SUBMITTED", "APPROVED"] } },
    orderBy: [{ periodKey: "desc" }, { revision: "desc" }],
    select: { sections: { select: { key: true, data: true } } },
  });
  return previous ? Object.fromEntries(previous.sections.map((s) => [s.key, s.data])) : undefined;
}

export async function returnContextFor(db: Db | Tx, localAuthorityGss: string, periodId: string): Promise<ReturnContext> {
  const [plan, previous] = await Promise.all([approvedPlanDocument(db, localAuthorityGss), previousReturnDocument(db, localAuthorityGss, periodId)]);
  return {
    periodId,
    planMilestones: plan ? planMilestones(plan) : [],
    previous,
    includesAnnualQuestions: periodById(periodId)?.annualQualitative ?? false,
  };
}

export const returnKindServer: SubmissionKindServer<ReturnContext> = {
  definition: deliveryReturnDefinition,
  loadContext: (db: Db | Tx, submission: SubmissionRecord) => returnContextFor(db, submission.localAuthorityGss, submission.periodKey),
  // A revision the programme team returned for changes is theirs to reopen, whatever the lock date.
  assertAccepting: async (db, submission, now) =>
    assertAccepting(await returnStanding({ db, localAuthorityGss: submission.localAuthorityGss, periodId: submission.periodKey, now }), { reopened: submission.revision > 1 }),
};
