import { formatDate } from "@/domain/dates";
import { PROGRAMME_END } from "@/catalogue/deadlines";
import { checkPlan } from "@/domain/plan-rules";
import type { SectionDefinition, SubmissionDefinition } from "@/domain/submissions/types";
import type { PlanContext } from "./context";
import { mergeExpectationsByStrand } from "./merge-strands";
import {
  ambitionProgress,
  goFurtherProgress,
  hubsProgress,
  leadershipProgress,
  milestonesProgress,
  minimumExpectationsProgress,
  needsAssessmentProgress,
  trailblazerCommitmentsProgress,
} from "./progress";
import { PLAN_SECTION_SCHEMAS as S, sectionAppliesTo } from "./section-schemas";

export type { PlanContext };

/** Keeps each section's data type while listing them together. */
function section<T>(definition: SectionDefinition<T>): SectionDefinition<T> {
  return definition;
}

/** The delivery plan's sections in the task list's order. */
export const PLAN_SECTIONS = [
  section({ key: "ambition", title: "Ambition and local context", schema: S.ambition, progress: ambitionProgress }),
  section({ key: "hubs", title: "Family hubs and network sites", schema: S.hubs, progress: hubsProgress }),
  section({ key: "leadership", title: "Leadership", schema: S.leadership, progress: leadershipProgress }),
  section({ key: "needs-assessment", title: "Local needs assessment", schema: S["needs-assessment"], progress: needsAssessmentProgress }),
  // Saved one strand page at a time: the posted strand replaces its saved entries (merge-strands.ts).
  section({
    key: "minimum-expectations",
    title: "Minimum expectations",
    schema: S["minimum-expectations"],
    progress: minimumExpectationsProgress,
    merge: mergeExpectationsByStrand,
  }),
  // No merge: a strand page may untick every option of its strand, which a merge could not tell from "not posted",
  // so the strand page posts the other strands' saved options and ideas as hidden fields (form-fields.ts).
  section({ key: "go-further", title: "Going further", schema: S["go-further"], progress: goFurtherProgress }),
  section({ key: "milestones", title: "Milestones", schema: S.milestones, progress: milestonesProgress }),
  section({
    key: "trailblazer-commitments",
    title: "Trailblazer commitments",
    schema: S["trailblazer-commitments"],
    progress: trailblazerCommitmentsProgress,
    appliesTo: (context: PlanContext) => sectionAppliesTo("trailblazer-commitments", context),
  }),
] as const;

export const planDefinition: SubmissionDefinition<PlanContext> = {
  kind: "PLAN",
  noun: "delivery plan",
  sections: PLAN_SECTIONS,
  check: checkPlan,
  permissions: { edit: "plan.edit", sendForSignOff: "plan.sendForSignOff", signOff: "plan.signOff", review: "plan.review" },
  declaration:
    "As the single accountable lead for Start for Life, I confirm that this delivery plan is accurate and complete, that " +
    `the local authority will deliver every minimum expectation by ${formatDate(PROGRAMME_END)} at the latest (and earlier ` +
    "where the plan gives an earlier date), that it will deliver the 'go further' options and milestones it sets out, and " +
    "that it will use the funding in line with the programme guide. I understand that the department will rely on this " +
    "plan and that progress against it will be reported every quarter.",
  deputiesMaySign: true,
};
