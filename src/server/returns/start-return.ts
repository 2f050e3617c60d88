import "server-only";
import { prefillReturn } from "@/domain/return/prefill";
import { authoriseForLocalAuthority, type Actor } from "@/server/authorise";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { findLatestRevision, type LoadedSubmission } from "@/server/submissions/load-submission";
import { startSubmission } from "@/server/submissions/start-submission";
import { returnContextFor, returnKindServer } from "./return-kind";
import { assertAccepting, returnStanding } from "./return-periods";

/**
 * Starts the LA's return for a period, prefilled from its last submitted return (services, open risks,
 * milestones) and its approved plan's milestones; or gives back the one already started. Refused for
 * another LA (not found), before the plan is approved, and outside the period's window.
 */
export async function startReturn({ db, actor, localAuthorityGss, periodId, now = programmeNow() }: { db: Db; actor: Actor; localAuthorityGss: string; periodId: string; now?: Date }): Promise<LoadedSubmission> {
  const la = await authoriseForLocalAuthority(db, actor, "return.edit", localAuthorityGss);

  const existing = await findLatestRevision({ db, actor, kind: "DELIVERY_RETURN", localAuthorityGss, periodKey: periodId });
  if (existing) return existing;
  assertAccepting(await returnStanding({ db, localAuthorityGss, periodId, now }));

  const context = await returnContextFor(db, localAuthorityGss, periodId);
  const initialDocument = prefillReturn({ previous: context.previous, planMilestones: context.planMilestones });
  return startSubmission({ db, actor, kindServer: returnKindServer, localAuthorityGss, periodKey: periodId, initialDocument });
}
