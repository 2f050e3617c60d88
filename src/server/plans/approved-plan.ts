import "server-only";
import type { Db, Tx } from "@/server/db/client";
import type { SubmissionDocument } from "@/domain/submissions/types";
import { PLAN_PERIOD_KEY } from "./plan-kind";

/** The LA's latest approved plan revision's content, or null. Returns only exist once a plan is approved. */
export async function approvedPlanDocument(db: Db | Tx, localAuthorityGss: string): Promise<SubmissionDocument | null> {
  const plan = await db.submission.findFirst({
    where: { kind: "PLAN", localAuthorityGss, periodKey: PLAN_PERIOD_KEY, status: "APPROVED" },
    orderBy: { revision: "desc" },
    select: { sections: { select: { key: true, data: true } } },
  });
  return plan ? Object.fromEntries(plan.sections.map((s) => [s.key, s.data])) : null;
}
