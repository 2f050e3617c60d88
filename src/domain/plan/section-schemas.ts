import type { z } from "zod";
import { ZPlanAmbition } from "@/schemas/plan/ambition";
import { ZPlanGoFurther } from "@/schemas/plan/go-further";
import { ZPlanHubs } from "@/schemas/plan/hubs";
import { ZPlanLeadership } from "@/schemas/plan/leadership";
import { ZPlanMilestones } from "@/schemas/plan/milestones";
import { ZPlanMinimumExpectations } from "@/schemas/plan/minimum-expectations";
import { ZPlanNeedsAssessment } from "@/schemas/plan/needs-assessment";
import { ZPlanTrailblazerCommitments } from "@/schemas/plan/trailblazer-commitments";

/** The delivery plan's sections in task-list order, by their stable keys (stored in documents: never rename). */
export const PLAN_SECTION_SCHEMAS = {
  ambition: ZPlanAmbition,
  hubs: ZPlanHubs,
  leadership: ZPlanLeadership,
  "needs-assessment": ZPlanNeedsAssessment,
  "minimum-expectations": ZPlanMinimumExpectations,
  "go-further": ZPlanGoFurther,
  milestones: ZPlanMilestones,
  "trailblazer-commitments": ZPlanTrailblazerCommitments,
} as const;

export type PlanSectionKey = keyof typeof PLAN_SECTION_SCHEMAS;
export const PLAN_SECTION_KEYS = Object.keys(PLAN_SECTION_SCHEMAS) as PlanSectionKey[];

/** Each section's saved data, as its schema outputs it. */
export type PlanSections = { [K in PlanSectionKey]: z.infer<(typeof PLAN_SECTION_SCHEMAS)[K]> };

/** Whether a section is part of this LA's plan: trailblazer commitments only for trailblazers. */
export function sectionAppliesTo(key: PlanSectionKey, context: { isTrailblazer: boolean }): boolean {
  return key !== "trailblazer-commitments" || context.isTrailblazer;
}
