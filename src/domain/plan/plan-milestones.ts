import { FIXED_MILESTONES } from "@/catalogue/calendar";
import type { IsoDate } from "@/catalogue/types";
import type { SubmissionDocument } from "@/domain/submissions/types";
import { ZPlanMilestones } from "@/schemas/plan/milestones";
import { ZPlanNeedsAssessment } from "@/schemas/plan/needs-assessment";

export interface PlanMilestone {
  id: string;
  label: string;
  plannedDate: IsoDate;
}

/**
 * The milestones an approved plan commits to, in date order, as quarterly returns report on
 * them: the fixed ones with the plan's dates (the needs assessment from its own section, the
 * final deadline from the catalogue) and the LA's own transformation milestones.
 */
export function planMilestones(document: SubmissionDocument): PlanMilestone[] {
  const milestones = ZPlanMilestones.safeParse(document.milestones ?? {});
  const needs = ZPlanNeedsAssessment.safeParse(document["needs-assessment"]);
  const result: PlanMilestone[] = [];
  for (const fixed of FIXED_MILESTONES) {
    let date: string | undefined;
    if (fixed.id === "local-needs-assessment") {
      date = needs.success ? (needs.data.approach === "planned" ? needs.data.plannedCompletionDate : needs.data.completedDate) : undefined;
    } else if (fixed.id === "all-minimum-expectations-met") {
      date = fixed.window.to;
    } else {
      date = milestones.success ? milestones.data.fixed[fixed.id]?.date : undefined;
    }
    if (date) result.push({ id: fixed.id, label: fixed.label, plannedDate: date as IsoDate });
  }
  for (const m of milestones.success ? milestones.data.transformation : []) {
    result.push({ id: m.id, label: m.title, plannedDate: m.date as IsoDate });
  }
  return result.sort((a, b) => a.plannedDate.localeCompare(b.plannedDate));
}
