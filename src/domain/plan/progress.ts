import { expectationsFor, findExpectation, STRANDS } from "@/catalogue/lookup";
import { isWithin } from "@/catalogue/calendar";
import type { IsoDate, StrandId } from "@/catalogue/types";
import type { SectionProgress } from "@/domain/submissions/types";
import { AMBITION_QUESTIONS, type TPlanAmbition } from "@/schemas/plan/ambition";
import type { TPlanGoFurther } from "@/schemas/plan/go-further";
import type { TPlanHubs } from "@/schemas/plan/hubs";
import type { TPlanLeadership } from "@/schemas/plan/leadership";
import type { TPlanMilestones } from "@/schemas/plan/milestones";
import type { TPlanMinimumExpectations } from "@/schemas/plan/minimum-expectations";
import type { TPlanNeedsAssessment } from "@/schemas/plan/needs-assessment";
import type { TPlanTrailblazerCommitments } from "@/schemas/plan/trailblazer-commitments";
import { ENTERED_FIXED_MILESTONES, FIXED_MILESTONES_NEEDING_DESCRIPTION } from "./fixed-milestones";
import { MILESTONE_QUARTERS } from "./milestone-quarters";

// Task-list status per section, derived from the saved data: "Completed" means everything the section asks for
// is there; the plan rules (plan-rules.ts) then judge whether the answers meet the programme's rules.

function status(done: number, of: number): SectionProgress {
  if (done === 0) return "Not started";
  return done >= of ? "Completed" : "In progress";
}

export function ambitionProgress(data: TPlanAmbition | undefined): SectionProgress {
  if (!data) return "Not started";
  return status(AMBITION_QUESTIONS.filter((q) => data[q.field]).length, AMBITION_QUESTIONS.length);
}

/** Completed once at least one family hub is listed; other sites alone leave it in progress. */
export function hubsProgress(data: TPlanHubs | undefined): SectionProgress {
  if (!data || data.hubs.length === 0) return "Not started";
  return data.hubs.some((h) => h.kind === "family-hub") ? "Completed" : "In progress";
}

export function leadershipProgress(data: TPlanLeadership | undefined): SectionProgress {
  if (!data) return "Not started";
  const { name, jobTitle, email } = data.accountableLead;
  const named = Object.values(data.namedLeads).some((lead) => lead?.name);
  const anything = name || jobTitle || email || Object.keys(data.namedLeads).length > 0 || data.governance;
  if (!anything) return "Not started";
  return name && jobTitle && email && named && data.governance ? "Completed" : "In progress";
}

/** The schema asks for every answer the chosen approach needs, so saved data is complete. */
export function needsAssessmentProgress(data: TPlanNeedsAssessment | undefined): SectionProgress {
  return data ? "Completed" : "Not started";
}

const MINIMUMS = expectationsFor({ kind: "minimum" });

/** Completed when every minimum expectation in the catalogue has a status. */
export function minimumExpectationsProgress(data: TPlanMinimumExpectations | undefined): SectionProgress {
  return status(MINIMUMS.filter((e) => data?.expectations[e.id]?.status).length, MINIMUMS.length);
}

/** The same, for one strand's page on the task list's sub-list. */
export function strandExpectationsProgress(strand: StrandId, data: TPlanMinimumExpectations | undefined): SectionProgress {
  const minimums = expectationsFor({ strand, kind: "minimum" });
  return status(minimums.filter((e) => data?.expectations[e.id]?.status).length, minimums.length);
}

/** How many go-furthers (chosen options and own ideas) the plan has in a strand. */
export function goFurtherCount(strand: StrandId, data: TPlanGoFurther | undefined): number {
  if (!data) return 0;
  const chosen = Object.keys(data.chosen).filter((id) => findExpectation(id)?.strand === strand).length;
  return chosen + data.own.filter((idea) => idea.strand === strand).length;
}

const FUNDED = STRANDS.filter((s) => s.funded);

/** Completed when every funded strand has at least one go-further. */
export function goFurtherProgress(data: TPlanGoFurther | undefined): SectionProgress {
  if (!data || (Object.keys(data.chosen).length === 0 && data.own.length === 0)) return "Not started";
  return FUNDED.every((s) => goFurtherCount(s.id, data) > 0) ? "Completed" : "In progress";
}

/** Every date on the milestones page, fixed and the LA's own. */
export function milestoneDates(data: TPlanMilestones | undefined): IsoDate[] {
  if (!data) return [];
  const fixed = Object.values(data.fixed).flatMap((m) => (m?.date ? [m.date] : []));
  return [...fixed, ...data.transformation.map((m) => m.date)];
}

/** Completed when every fixed milestone has a date (and a description where asked) and every quarter a milestone. */
export function milestonesProgress(data: TPlanMilestones | undefined): SectionProgress {
  if (!data || (Object.keys(data.fixed).length === 0 && data.transformation.length === 0)) return "Not started";
  const fixedDone = ENTERED_FIXED_MILESTONES.every((m) => {
    const entry = data.fixed[m.id];
    return entry?.date && (!FIXED_MILESTONES_NEEDING_DESCRIPTION.includes(m.id) || entry.description);
  });
  const dates = milestoneDates(data);
  const quartersDone = MILESTONE_QUARTERS.every((q) => dates.some((d) => isWithin(d, q)));
  return fixedDone && quartersDone ? "Completed" : "In progress";
}

/** The form posts a row per strand the LA was selected for, so the saved keys are the strands to cover. */
export function trailblazerCommitmentsProgress(data: TPlanTrailblazerCommitments | undefined): SectionProgress {
  const rows = Object.values(data?.strands ?? {});
  if (rows.length === 0) return "Not started";
  return status(rows.filter((r) => r?.commitment).length, rows.length);
}
