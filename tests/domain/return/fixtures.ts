import type { PlanMilestone, ReturnContext } from "@/domain/return/sections";
import { buildDemoReturn } from "@/domain/return/demo-returns";

export const PLAN_MILESTONES: PlanMilestone[] = [
  { id: "hub-opening", label: "Open family hubs", plannedDate: "2023-05-15" },
  { id: "quarterly-2024-q1", label: "Open the second hub", plannedDate: "2024-06-30" },
];

/** Collected in July 2023, covering April to June 2023. */
export const PERIOD = "2023-24-Q2";
export const NEXT_PERIOD = "2023-24-Q3";
export const ANNUAL_PERIOD = "2023-24-Q4";

export function context(overrides: Partial<ReturnContext> = {}): ReturnContext {
  return { periodId: PERIOD, planMilestones: PLAN_MILESTONES, includesAnnualQuestions: false, ...overrides };
}

export function demo(periodId = PERIOD, previous?: Record<string, unknown>) {
  return buildDemoReturn({ periodId, planMilestones: PLAN_MILESTONES, previous });
}

/** A deep copy to mutate in a test. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
