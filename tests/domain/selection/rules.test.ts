import { describe, expect, it } from "vitest";
import type { TrailblazerStrand, TrailblazerWave } from "@/catalogue/cohorts";
import {
  canDecide,
  canGrantEif,
  canMarkResearchParticipant,
  canMarkSuperEvaluator,
  canSelect,
  filledInWave,
  topUpAllocationsFor,
  wave2Pool,
  waveTwoPlacesLeft,
  type ApplicationState,
  type SelectionState,
  type StrandDecision,
} from "@/domain/selection/rules";

const ALL: TrailblazerStrand[] = ["perinatal-mental-health", "infant-feeding", "parenting"];
const gss = (n: number) => `E0600${String(n).padStart(4, "0")}`;

function app(n: number, wave: TrailblazerWave, decisions: StrandDecision[] = [], strands: TrailblazerStrand[] = ALL): ApplicationState {
  return { laGss: gss(n), wave, strandsAppliedFor: strands, decisions };
}
const decided = (wave: TrailblazerWave, decision: StrandDecision["decision"], strands: TrailblazerStrand[] = ALL): StrandDecision[] =>
  strands.map((strand) => ({ strand, decision, wave }));

function state(applications: ApplicationState[], eifHolders: string[] = []): SelectionState {
  return { applications, eifHolders, signedUp: applications.map((a) => a.laGss).concat(eifHolders) };
}

/** `selected` wave-one trailblazers, `refused` wave-one applicants not selected, plus wave-two applicants. */
function afterWaveOne(selected: number, refused = 0, waveTwo = 10): SelectionState {
  const apps: ApplicationState[] = [];
  for (let i = 0; i < selected; i++) apps.push(app(i, 1, decided(1, "selected")));
  for (let i = 0; i < refused; i++) apps.push(app(100 + i, 1, decided(1, "not-selected")));
  for (let i = 0; i < waveTwo; i++) apps.push(app(200 + i, 2));
  return state(apps);
}

describe("selection caps", () => {
  it("allows up to 8 local authorities in wave 1, counted in LAs not strands", () => {
    const seven = state([...afterWaveOne(7, 0, 0).applications, app(50, 1), app(51, 1)]);
    expect(canSelect(seven, gss(50), "parenting", 1)).toEqual({ ok: true });
    const eight = { ...seven, applications: seven.applications.map((a) => (a.laGss === gss(50) ? { ...a, decisions: decided(1, "selected", ["parenting"]) } : a)) };
    expect(filledInWave(eight, 1)).toBe(8);
    // A second strand for an LA already selected takes no new place…
    expect(canSelect(eight, gss(50), "infant-feeding", 1)).toEqual({ ok: true });
    // …but a ninth LA is refused.
    expect(canSelect(eight, gss(51), "parenting", 1)).toMatchObject({ ok: false, code: "wave-one-full" });
  });

  it("gives wave 2 the remaining 7 places plus any left unfilled in wave 1", () => {
    expect(waveTwoPlacesLeft(afterWaveOne(8))).toBe(7);
    expect(waveTwoPlacesLeft(afterWaveOne(5))).toBe(10);

    const five = afterWaveOne(5, 0, 11);
    const fill = (s: SelectionState, count: number): SelectionState => ({
      ...s,
      applications: s.applications.map((a, i) => (a.wave === 2 && i - 5 < count ? { ...a, decisions: decided(2, "selected", ["parenting"]) } : a)),
    });
    const nine = fill(five, 9);
    expect(filledInWave(nine, 2)).toBe(9);
    expect(canSelect(nine, gss(209), "parenting", 2)).toEqual({ ok: true }); // the 10th: 7 + 3 unfilled
    const ten = fill(five, 10);
    expect(canSelect(ten, gss(210), "parenting", 2)).toMatchObject({ ok: false, code: "trailblazers-full" });
  });

  it("never goes past 15 in total", () => {
    const full = afterWaveOne(8, 0, 8);
    full.applications = full.applications.map((a, i) => (a.wave === 2 && i < 15 ? { ...a, decisions: decided(2, "selected") } : a));
    expect(filledInWave(full, 1) + filledInWave(full, 2)).toBe(15);
    expect(canSelect(full, gss(207), "parenting", 2)).toMatchObject({
      ok: false,
      code: "trailblazers-full",
      message: "All 15 trailblazer places are filled: 8 in wave 1 and 7 in wave 2",
    });
  });

  it("gives wave 2 exactly 7 places when wave 1 filled its 8", () => {
    const s = afterWaveOne(8, 0, 8);
    s.applications = s.applications.map((a, i) => (a.wave === 2 && i < 14 ? { ...a, decisions: decided(2, "selected") } : a));
    expect(filledInWave(s, 2)).toBe(6);
    expect(waveTwoPlacesLeft(s)).toBe(1);
    expect(canSelect(s, gss(206), "parenting", 2)).toEqual({ ok: true });
  });
});

describe("waves", () => {
  it("reconsiders unsuccessful wave-1 applicants in wave 2, unchanged", () => {
    const s = afterWaveOne(3, 2, 2);
    const pool = wave2Pool(s);
    expect(pool.map((a) => a.laGss)).toEqual([gss(100), gss(101), gss(200), gss(201)]);
    // The very same application objects: strands and answers are not revised.
    expect(pool[0]).toBe(s.applications[3]);
    expect(canSelect(s, gss(100), "parenting", 2)).toEqual({ ok: true });
    // A wave-1 trailblazer is not reconsidered, and its strands are not reopened in wave 2.
    expect(pool.some((a) => a.laGss === gss(0))).toBe(false);
    const partly = state([app(1, 1, [...decided(1, "selected", ["parenting"]), ...decided(1, "not-selected", ["infant-feeding", "perinatal-mental-health"])])]);
    expect(wave2Pool(partly)).toEqual([]);
    expect(canSelect(partly, gss(1), "infant-feeding", 2)).toMatchObject({ ok: false, code: "selected-in-earlier-wave" });
  });

  it("keeps the strands applied for in wave 1 when reconsidered: no new strand can be selected", () => {
    const s = state([app(1, 1, decided(1, "not-selected", ["parenting"]), ["parenting"])]);
    expect(canSelect(s, gss(1), "infant-feeding", 2)).toMatchObject({ ok: false, code: "strand-not-applied-for" });
    expect(canSelect(s, gss(1), "parenting", 2)).toEqual({ ok: true });
  });

  it("does not decide wave 2 until every wave-1 strand has a decision", () => {
    const s = state([app(1, 1, decided(1, "selected", ["parenting"])), app(2, 2)]);
    expect(canSelect(s, gss(2), "parenting", 2)).toMatchObject({ ok: false, code: "wave-one-open" });
    expect(wave2Pool(s).map((a) => a.laGss)).toEqual([gss(2)]);
  });

  it("does not select a wave-2 applicant in wave 1, nor change wave 1 once wave 2 has decisions", () => {
    const s = state([app(1, 1, decided(1, "not-selected")), app(2, 2, decided(2, "selected", ["parenting"]))]);
    expect(canSelect(s, gss(2), "infant-feeding", 1)).toMatchObject({ ok: false, code: "not-in-wave" });
    expect(canSelect(s, gss(1), "parenting", 1)).toMatchObject({ ok: false, code: "wave-one-closed" });
  });

  it("selects only for a strand applied for, an LA that applied, and a completed sign-up", () => {
    const s = state([app(1, 1, [], ["parenting"])]);
    expect(canSelect(s, gss(1), "perinatal-mental-health", 1)).toMatchObject({ ok: false, code: "strand-not-applied-for" });
    expect(canSelect(s, gss(9), "parenting", 1)).toMatchObject({ ok: false, code: "no-application" });
    expect(canSelect({ ...s, signedUp: [] }, gss(1), "parenting", 1)).toMatchObject({ ok: false, code: "not-signed-up" });
    expect(canDecide({ ...s, signedUp: [] }, { laGss: gss(1), strand: "parenting", wave: 1, decision: "not-selected" })).toEqual({ ok: true });
  });
});

describe("EIF support and trailblazers", () => {
  it("refuses to select an LA with EIF support until it is removed", () => {
    const s = state([app(1, 1)], [gss(1)]);
    expect(canSelect(s, gss(1), "parenting", 1)).toMatchObject({ ok: false, code: "eif-support-held" });
    expect(canSelect({ ...s, eifHolders: [] }, gss(1), "parenting", 1)).toEqual({ ok: true });
  });

  it("never gives EIF support to a trailblazer", () => {
    const s = state([app(1, 1, decided(1, "selected", ["parenting"]))]);
    expect(canGrantEif(s, gss(1))).toMatchObject({ ok: false, code: "trailblazer-cannot-have-eif" });
  });

  it("gives EIF support to at most 15 signed-up LAs", () => {
    const holders = Array.from({ length: 14 }, (_, i) => gss(300 + i));
    const s: SelectionState = { applications: [], eifHolders: holders, signedUp: [...holders, gss(400), gss(401)] };
    expect(canGrantEif(s, gss(400))).toEqual({ ok: true });
    const fifteen = { ...s, eifHolders: [...holders, gss(400)] };
    expect(canGrantEif(fifteen, gss(401))).toMatchObject({ ok: false, code: "eif-full" });
    expect(canGrantEif(fifteen, gss(400))).toEqual({ ok: true }); // already holds it
    expect(canGrantEif({ ...s, signedUp: holders }, gss(400))).toMatchObject({ ok: false, code: "not-signed-up" });
  });

  it("warns when giving EIF support to a trailblazer applicant not selected", () => {
    const s = state([app(1, 1, decided(1, "not-selected"))]);
    const result = canGrantEif(s, gss(1));
    expect(result.ok).toBe(true);
    expect(result.ok && result.warning).toMatch(/not suitable/);
  });
});

describe("topUpAllocationsFor", () => {
  it("pays the 2022-23 top-up only for the strands selected, at the exact amounts", () => {
    expect(topUpAllocationsFor(["perinatal-mental-health", "infant-feeding", "parenting"])).toEqual([
      { financialYear: "2022-23", fundingLineId: "perinatal-mental-health", strand: "perinatal-mental-health", amountPence: 10_000_000, source: "trailblazer-top-up" },
      { financialYear: "2022-23", fundingLineId: "infant-feeding", strand: "infant-feeding", amountPence: 5_000_000, source: "trailblazer-top-up" },
      { financialYear: "2022-23", fundingLineId: "parenting-support", strand: "parenting", amountPence: 3_300_000, source: "trailblazer-top-up" },
    ]);
    expect(topUpAllocationsFor(["parenting"]).map((a) => a.amountPence)).toEqual([3_300_000]);
    expect(topUpAllocationsFor(["parenting", "parenting"])).toHaveLength(1);
    expect(topUpAllocationsFor([])).toEqual([]);
    const total = topUpAllocationsFor(["perinatal-mental-health", "infant-feeding", "parenting"]).reduce((sum, a) => sum + a.amountPence, 0);
    expect(total).toBe(18_300_000); // £183,000
  });
});

describe("super-evaluators and research participants", () => {
  it("warns past about 30 super-evaluators and refuses past 35", () => {
    expect(canMarkSuperEvaluator(29)).toEqual({ ok: true });
    expect(canMarkSuperEvaluator(30)).toMatchObject({ ok: true, warning: expect.stringMatching(/31 super-evaluators/) });
    expect(canMarkSuperEvaluator(34)).toMatchObject({ ok: true });
    expect(canMarkSuperEvaluator(35)).toMatchObject({ ok: false, code: "super-evaluators-full" });
  });

  it("marks research participants freely, warning when the area did not register interest", () => {
    expect(canMarkResearchParticipant({ registeredInterest: true })).toEqual({ ok: true });
    expect(canMarkResearchParticipant({ registeredInterest: false })).toMatchObject({ ok: true, warning: expect.any(String) });
  });
});
