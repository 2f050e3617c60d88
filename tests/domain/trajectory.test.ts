import { describe, expect, it } from "vitest";
import { expectationsFor, getExpectation } from "@/catalogue/lookup";
import { classifyExpectation, computeTrajectory, percentOf, type TrajectoryAuthority, type TrajectoryPlan } from "@/domain/trajectory";

const MINIMUMS = expectationsFor({ kind: "minimum" });
const HUB_MODEL = "family-hubs.min.general.deliver-through-hub-model"; // deadline 2025-03-31
const OPEN_HUBS = "family-hubs.min.general.open-hubs"; // deadline 2023-06-30
const DIGITAL = "programme.min.general.digital-engagement"; // deadline 2024-03-31, may be opted out of

/** A plan that plans every minimum expectation for its deadline, with `overrides`. */
function plan(overrides: TrajectoryPlan["expectations"] = {}): TrajectoryPlan {
  const expectations = Object.fromEntries(MINIMUMS.map((e) => [e.id, { status: "planned" as const, targetDate: e.deadline ?? "2025-03-31" }]));
  return { expectations: { ...expectations, ...overrides } };
}

function la(gssCode: string, region: string, rest: Partial<TrajectoryAuthority> = {}): TrajectoryAuthority {
  return { gssCode, region, ...rest };
}

describe("classifyExpectation", () => {
  const hubModel = getExpectation(HUB_MODEL);

  it("is not planned without a plan, or when the plan leaves it out", () => {
    expect(classifyExpectation(hubModel, {}, "2024-01-20")).toBe("notPlanned");
    expect(classifyExpectation(hubModel, { plan: { expectations: {} } }, "2024-01-20")).toBe("notPlanned");
  });

  it("is met when the plan says already met, or the latest return says met", () => {
    expect(classifyExpectation(hubModel, { plan: plan({ [HUB_MODEL]: { status: "met" } }) }, "2024-01-20")).toBe("met");
    const latestReturn = { periodId: "2023-24-Q4", expectations: { [HUB_MODEL]: { progress: "met" as const } }, milestones: {} };
    expect(classifyExpectation(hubModel, { plan: plan({ [HUB_MODEL]: { status: "at-risk", targetDate: "2023-01-01" } }), latestReturn }, "2024-01-20")).toBe("met");
  });

  it("is planned on time while its target date is on or before the deadline and not yet passed", () => {
    const p = plan({ [HUB_MODEL]: { status: "planned", targetDate: "2024-09-30" } });
    expect(classifyExpectation(hubModel, { plan: p }, "2024-01-20")).toBe("plannedOnTime");
    expect(classifyExpectation(hubModel, { plan: p }, "2024-09-30")).toBe("plannedOnTime");
  });

  it("is overdue once the target date has passed without the expectation being met", () => {
    const p = plan({ [HUB_MODEL]: { status: "planned", targetDate: "2024-09-30" } });
    expect(classifyExpectation(hubModel, { plan: p }, "2024-10-01")).toBe("overdue");
    const inProgress = { periodId: "2024-25-Q3", expectations: { [HUB_MODEL]: { progress: "in-progress" as const } }, milestones: {} };
    expect(classifyExpectation(hubModel, { plan: p, latestReturn: inProgress }, "2024-10-01")).toBe("overdue");
  });

  it("is at risk when the plan says so, or plans it after the catalogue deadline", () => {
    expect(classifyExpectation(hubModel, { plan: plan({ [HUB_MODEL]: { status: "at-risk", targetDate: "2025-01-31" } }) }, "2024-01-20")).toBe("atRisk");
    const openHubs = getExpectation(OPEN_HUBS);
    expect(classifyExpectation(openHubs, { plan: plan({ [OPEN_HUBS]: { status: "planned", targetDate: "2023-09-30" } }) }, "2023-01-20")).toBe("atRisk");
    // ...and overdue once that late target itself has passed.
    expect(classifyExpectation(openHubs, { plan: plan({ [OPEN_HUBS]: { status: "planned", targetDate: "2023-09-30" } }) }, "2023-10-01")).toBe("overdue");
  });

  it("counts an opt-out on its own", () => {
    expect(classifyExpectation(getExpectation(DIGITAL), { plan: plan({ [DIGITAL]: { status: "opted-out" } }) }, "2024-01-20")).toBe("optedOut");
  });
});

describe("computeTrajectory", () => {
  const authorities: TrajectoryAuthority[] = [
    la("E1", "North West", {
      plan: plan({ [HUB_MODEL]: { status: "met" }, [OPEN_HUBS]: { status: "at-risk", targetDate: "2023-06-30" } }),
      latestReturn: {
        periodId: "2023-24-Q4",
        expectations: { [DIGITAL]: { progress: "met" } },
        milestones: { a: { status: "complete" }, b: { status: "on-track" }, c: { status: "at-risk" }, d: { status: "off-track" } },
      },
    }),
    la("E2", "North West", { plan: plan(), latestReturn: { periodId: "2023-24-Q4", expectations: {}, milestones: { a: { status: "on-track" }, b: { status: "on-track" } } } }),
    la("E3", "London"),
  ];

  it("counts every minimum expectation of every LA exactly once, by strand", () => {
    const t = computeTrajectory({ asOf: "2023-01-20", authorities });
    expect(t.nation.overall.total).toBe(MINIMUMS.length * 3);
    const e1 = t.authorities[0]!;
    const sum = e1.overall.met + e1.overall.plannedOnTime + e1.overall.atRisk + e1.overall.overdue + e1.overall.notPlanned + e1.overall.optedOut;
    expect(sum).toBe(MINIMUMS.length);
    expect(e1.overall).toMatchObject({ met: 2, atRisk: 1, plannedOnTime: MINIMUMS.length - 3, overdue: 0, notPlanned: 0 });
    const familyHubs = e1.byStrand.find((s) => s.strand === "family-hubs")!.counts;
    expect(familyHubs).toMatchObject({ met: 1, atRisk: 1, total: expectationsFor({ strand: "family-hubs", kind: "minimum" }).length });
    expect(t.authorities[2]!.overall).toMatchObject({ notPlanned: MINIMUMS.length, total: MINIMUMS.length });
  });

  it("depends on the chosen date: what was on time becomes overdue after its target date", () => {
    const before = computeTrajectory({ asOf: "2023-03-31", authorities: [authorities[1]!] });
    const after = computeTrajectory({ asOf: "2023-04-01", authorities: [authorities[1]!] });
    const dueByMarch2023 = MINIMUMS.filter((e) => e.deadline === "2023-03-31").length;
    expect(before.nation.overall.overdue).toBe(0);
    expect(after.nation.overall.overdue).toBe(dueByMarch2023);
    expect(after.nation.overall.plannedOnTime).toBe(before.nation.overall.plannedOnTime - dueByMarch2023);
  });

  it("rolls LAs up into their regions and the nation", () => {
    const t = computeTrajectory({ asOf: "2024-01-20", authorities });
    expect(t.regions.map((r) => r.key)).toEqual(["London", "North West"]);
    const northWest = t.regions.find((r) => r.key === "North West")!;
    expect(northWest).toMatchObject({ authorities: 2, withPlan: 2, withReturn: 2 });
    expect(northWest.overall.met).toBe(t.authorities[0]!.overall.met + t.authorities[1]!.overall.met);
    expect(t.nation).toMatchObject({ authorities: 3, withPlan: 2, withReturn: 2 });
    expect(t.nation.overall.notPlanned).toBe(MINIMUMS.length);
  });

  it("gives the milestones' RAG in the latest returns", () => {
    const t = computeTrajectory({ asOf: "2024-01-20", authorities });
    expect(t.authorities[0]!.milestones).toEqual({ complete: 1, onTrack: 1, atRisk: 1, offTrack: 1, total: 4 });
    expect(t.nation.milestones).toEqual({ complete: 1, onTrack: 3, atRisk: 1, offTrack: 1, total: 6 });
    expect(percentOf(t.nation.milestones.onTrack, t.nation.milestones.total)).toBe(50);
    expect(percentOf(0, 0)).toBe(0);
  });
});
