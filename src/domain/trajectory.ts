import { expectationsFor, STRANDS } from "@/catalogue/lookup";
import type { Expectation, IsoDate, StrandId } from "@/catalogue/types";
import type { ExpectationStatus } from "@/schemas/plan/minimum-expectations";
import type { ExpectationProgress } from "@/schemas/return/minimum-expectations";
import type { MilestoneStatus } from "@/schemas/return/milestones";

// The trajectory to March 2025 ("Section 2 > Delivery expectations": every minimum expectation met by the end of
// 2024-25): for the nation, each region and each LA, where each minimum expectation stands on a chosen date, by
// strand, and the red/amber/green shares of milestones in the latest returns. Pure: the loaders pass in the
// approved plans and the latest returns as they stood on that date.
//
// Each (LA, minimum expectation) falls in exactly one category, tested in this order:
//   not-planned    the LA has no approved plan, or its plan does not mention the expectation
//   opted-out      the plan opts out of it with good reason (where the catalogue allows it)
//   met            the latest return says met, or the plan says already met
//   overdue        not met, and its target date (the plan's, else the catalogue deadline) is before the date
//   at-risk        the plan says at risk, or plans to meet it after the catalogue deadline
//   planned-on-time the rest: a target date on or before the deadline, not yet passed
// A return's "not started" or "in progress" does not make a planned expectation at risk: returns have no
// risk status for expectations; their risk shows in milestones, whose RAG is reported beside.

export const TRAJECTORY_CATEGORIES = ["met", "plannedOnTime", "atRisk", "overdue", "notPlanned", "optedOut"] as const;
export type TrajectoryCategory = (typeof TRAJECTORY_CATEGORIES)[number];

export const TRAJECTORY_CATEGORY_LABELS: Record<TrajectoryCategory, string> = {
  met: "Met",
  plannedOnTime: "Planned on time",
  atRisk: "At risk",
  overdue: "Overdue",
  notPlanned: "Not planned",
  optedOut: "Opted out",
};

export type TrajectoryCounts = Record<TrajectoryCategory, number> & { total: number };

export const MILESTONE_RAG_KEYS = ["complete", "onTrack", "atRisk", "offTrack"] as const;
export type MilestoneRagKey = (typeof MILESTONE_RAG_KEYS)[number];
export type MilestoneRagCounts = Record<MilestoneRagKey, number> & { total: number };

const RAG_OF: Record<MilestoneStatus, MilestoneRagKey> = { complete: "complete", "on-track": "onTrack", "at-risk": "atRisk", "off-track": "offTrack" };

export interface TrajectoryPlan {
  expectations: Readonly<Record<string, { status: ExpectationStatus; targetDate?: string } | undefined>>;
}

export interface TrajectoryReturn {
  periodId: string;
  expectations: Readonly<Record<string, { progress?: ExpectationProgress } | undefined>>;
  milestones: Readonly<Record<string, { status?: MilestoneStatus } | undefined>>;
}

export interface TrajectoryAuthority {
  gssCode: string;
  region: string;
  /** The minimum-expectations section of the LA's plan as approved on the date; absent when none was. */
  plan?: TrajectoryPlan;
  /** The LA's latest return submitted by the date; absent when none was. */
  latestReturn?: TrajectoryReturn;
}

export interface TrajectoryArea {
  /** "england", a region name, or a GSS code. */
  key: string;
  authorities: number;
  withPlan: number;
  withReturn: number;
  overall: TrajectoryCounts;
  byStrand: { strand: StrandId; counts: TrajectoryCounts }[];
  milestones: MilestoneRagCounts;
}

export interface Trajectory {
  asOf: IsoDate;
  nation: TrajectoryArea;
  regions: TrajectoryArea[];
  authorities: TrajectoryArea[];
}

export function emptyCounts(): TrajectoryCounts {
  return { met: 0, plannedOnTime: 0, atRisk: 0, overdue: 0, notPlanned: 0, optedOut: 0, total: 0 };
}

function emptyRag(): MilestoneRagCounts {
  return { complete: 0, onTrack: 0, atRisk: 0, offTrack: 0, total: 0 };
}

/** Where one minimum expectation of one LA stands on `asOf`. */
export function classifyExpectation(expectation: Expectation, authority: Pick<TrajectoryAuthority, "plan" | "latestReturn">, asOf: IsoDate): TrajectoryCategory {
  const planned = authority.plan?.expectations[expectation.id];
  if (!planned) return "notPlanned";
  if (planned.status === "opted-out") return "optedOut";
  if (planned.status === "met" || authority.latestReturn?.expectations[expectation.id]?.progress === "met") return "met";
  const deadline = expectation.deadline;
  const target = planned.targetDate ?? deadline;
  if (target && target < asOf) return "overdue";
  if (planned.status === "at-risk" || (deadline !== null && target !== null && target > deadline)) return "atRisk";
  return "plannedOnTime";
}

function addCounts(into: TrajectoryCounts, from: TrajectoryCounts): void {
  for (const c of TRAJECTORY_CATEGORIES) into[c] += from[c];
  into.total += from.total;
}

function addRag(into: MilestoneRagCounts, from: MilestoneRagCounts): void {
  for (const k of MILESTONE_RAG_KEYS) into[k] += from[k];
  into.total += from.total;
}

function emptyArea(key: string): TrajectoryArea {
  return {
    key,
    authorities: 0,
    withPlan: 0,
    withReturn: 0,
    overall: emptyCounts(),
    byStrand: STRANDS.map((s) => ({ strand: s.id, counts: emptyCounts() })),
    milestones: emptyRag(),
  };
}

function addArea(into: TrajectoryArea, from: TrajectoryArea): void {
  into.authorities += from.authorities;
  into.withPlan += from.withPlan;
  into.withReturn += from.withReturn;
  addCounts(into.overall, from.overall);
  from.byStrand.forEach((s, i) => {
    const target = into.byStrand[i];
    if (target) addCounts(target.counts, s.counts);
  });
  addRag(into.milestones, from.milestones);
}

function authorityArea(authority: TrajectoryAuthority, asOf: IsoDate, minimums: readonly Expectation[]): TrajectoryArea {
  const area = emptyArea(authority.gssCode);
  area.authorities = 1;
  area.withPlan = authority.plan ? 1 : 0;
  area.withReturn = authority.latestReturn ? 1 : 0;
  const strandIndex = new Map(STRANDS.map((s, i) => [s.id, i]));
  for (const expectation of minimums) {
    const category = classifyExpectation(expectation, authority, asOf);
    const strand = area.byStrand[strandIndex.get(expectation.strand) ?? -1];
    if (strand) {
      strand.counts[category] += 1;
      strand.counts.total += 1;
    }
    area.overall[category] += 1;
    area.overall.total += 1;
  }
  for (const update of Object.values(authority.latestReturn?.milestones ?? {})) {
    if (!update?.status) continue;
    area.milestones[RAG_OF[update.status]] += 1;
    area.milestones.total += 1;
  }
  return area;
}

/** The trajectory on `asOf` of the given LAs, of each of their regions and of them all ("england"). */
export function computeTrajectory({ asOf, authorities }: { asOf: IsoDate; authorities: readonly TrajectoryAuthority[] }): Trajectory {
  const minimums = expectationsFor({ kind: "minimum" });
  const nation = emptyArea("england");
  const regions = new Map<string, TrajectoryArea>();
  const perAuthority = authorities.map((authority) => {
    const area = authorityArea(authority, asOf, minimums);
    let region = regions.get(authority.region);
    if (!region) {
      region = emptyArea(authority.region);
      regions.set(authority.region, region);
    }
    addArea(region, area);
    addArea(nation, area);
    return area;
  });
  return { asOf, nation, regions: [...regions.values()].sort((a, b) => a.key.localeCompare(b.key)), authorities: perAuthority };
}

/** A count as a whole percentage of its total (0 when the total is 0). */
export function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count * 100) / total);
}
