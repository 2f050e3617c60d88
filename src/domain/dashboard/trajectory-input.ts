import { londonDate } from "@/domain/dates";
import type { SubmissionKind, SubmissionStatus } from "@/domain/submissions/types";
import type { TrajectoryPlan, TrajectoryReturn } from "@/domain/trajectory";
import { EXPECTATION_STATUSES, type ExpectationStatus } from "@/schemas/plan/minimum-expectations";
import { EXPECTATION_PROGRESS, type ExpectationProgress } from "@/schemas/return/minimum-expectations";
import { MILESTONE_STATUSES, type MilestoneStatus } from "@/schemas/return/milestones";

// Which plan and which return the trajectory reads for each LA on a date, and the stored sections read into its
// input. Stored sections were validated when saved; these readers only pick out the fields the trajectory needs
// and drop anything else, so a section written under an older catalogue never breaks the page.

export interface TrajectorySubmission {
  id: string;
  kind: SubmissionKind;
  localAuthorityGss: string;
  periodKey: string;
  revision: number;
  status: SubmissionStatus;
  submittedAt: Date | null;
  decidedAt: Date | null;
}

/**
 * Per LA: the latest plan revision approved by `asOf`, and the latest return submitted by `asOf` (the latest
 * period, then the latest revision, that was submitted or approved).
 */
export function chooseTrajectorySubmissions(submissions: readonly TrajectorySubmission[], asOf: string) {
  const plans = new Map<string, TrajectorySubmission>();
  const returns = new Map<string, TrajectorySubmission>();
  for (const s of submissions) {
    if (s.kind === "PLAN" && s.status === "APPROVED" && s.decidedAt && londonDate(s.decidedAt) <= asOf) {
      const found = plans.get(s.localAuthorityGss);
      if (!found || s.revision > found.revision) plans.set(s.localAuthorityGss, s);
    }
    if (s.kind === "DELIVERY_RETURN" && (s.status === "SUBMITTED" || s.status === "APPROVED") && s.submittedAt && londonDate(s.submittedAt) <= asOf) {
      const found = returns.get(s.localAuthorityGss);
      if (!found || s.periodKey > found.periodKey || (s.periodKey === found.periodKey && s.revision > found.revision)) returns.set(s.localAuthorityGss, s);
    }
  }
  return { plans, returns };
}

function entries(data: unknown, field: string): [string, Record<string, unknown>][] {
  if (!data || typeof data !== "object") return [];
  const map = (data as Record<string, unknown>)[field];
  if (!map || typeof map !== "object" || Array.isArray(map)) return [];
  return Object.entries(map as Record<string, unknown>).flatMap(([id, value]) => (value && typeof value === "object" ? [[id, value as Record<string, unknown>]] : []));
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined => (values as readonly unknown[]).includes(value) ? (value as T) : undefined;
const PLAN_STATUS_IDS = EXPECTATION_STATUSES.map((s) => s.id);

export function readPlanExpectations(data: unknown): TrajectoryPlan {
  const expectations: Record<string, { status: ExpectationStatus; targetDate?: string }> = {};
  for (const [id, entry] of entries(data, "expectations")) {
    const status = oneOf(PLAN_STATUS_IDS, entry.status);
    if (!status) continue;
    expectations[id] = typeof entry.targetDate === "string" ? { status, targetDate: entry.targetDate } : { status };
  }
  return { expectations };
}

export function readReturnSections(periodId: string, expectationsData: unknown, milestonesData: unknown): TrajectoryReturn {
  const expectations: Record<string, { progress?: ExpectationProgress }> = {};
  for (const [id, entry] of entries(expectationsData, "expectations")) expectations[id] = { progress: oneOf(EXPECTATION_PROGRESS, entry.progress) };
  const milestones: Record<string, { status?: MilestoneStatus }> = {};
  for (const [id, entry] of entries(milestonesData, "milestones")) milestones[id] = { status: oneOf(MILESTONE_STATUSES, entry.status) };
  return { periodId, expectations, milestones };
}
