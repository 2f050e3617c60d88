import "server-only";
import { TRAILBLAZER_STRANDS } from "@/catalogue/cohorts";
import type { IsoDate, StrandId } from "@/catalogue/types";
import { londonDate } from "@/domain/dates";
import { programmeNow } from "@/server/clock";
import { planDefinition, type PlanContext } from "@/domain/plan/definition";
import type { Db, Tx } from "@/server/db/client";
import type { SubmissionKindServer, SubmissionRecord } from "@/server/submissions/kind-server";

/** The LA's trailblazer strands: those selected, or all three for a trailblazer named in the programme's list. */
async function trailblazerStrands(db: Db | Tx, localAuthorityGss: string): Promise<{ isTrailblazer: boolean; strands: StrandId[] }> {
  const la = await db.localAuthority.findUniqueOrThrow({ where: { gssCode: localAuthorityGss }, select: { isTrailblazer: true } });
  return { isTrailblazer: la.isTrailblazer, strands: la.isTrailblazer ? [...TRAILBLAZER_STRANDS] : [] };
}

export async function planContextFor(db: Db | Tx, localAuthorityGss: string, now = programmeNow()): Promise<PlanContext> {
  const { isTrailblazer, strands } = await trailblazerStrands(db, localAuthorityGss);
  return { isTrailblazer, trailblazerStrands: strands, today: londonDate(now) as IsoDate };
}

export const planKindServer: SubmissionKindServer<PlanContext> = {
  definition: planDefinition,
  loadContext: (db: Db | Tx, submission: SubmissionRecord) => planContextFor(db, submission.localAuthorityGss),
};

/** Plans are one per LA; revisions carry the history. */
export const PLAN_PERIOD_KEY = "plan";
