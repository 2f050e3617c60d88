import { describe, expect, it } from "vitest";
import {
  EARLY_AWARENESS_RESEARCH,
  EIF_SUPPORT,
  SIGN_UP,
  SUPER_EVALUATORS,
  TRAILBLAZERS,
  TRAILBLAZER_STRANDS,
  eifEligibility,
  isSignUpOnTime,
  topUpFor,
  trailblazerFundingFor,
  waveForSubmission,
  waveTwoPlaces,
} from "@/catalogue/cohorts";
import { STRAND_IDS } from "@/catalogue/types";
import { copiedRuns, resolveHeading } from "./guide-text";

describe("sign-up", () => {
  it("closes on 31 October 2022, the day included", () => {
    expect(SIGN_UP.window.to).toBe("2022-10-31");
    expect(isSignUpOnTime("2022-10-31")).toBe(true);
    expect(isSignUpOnTime("2022-11-01")).toBe(false);
  });

  it("needs the six signatories and lists the consultees", () => {
    expect(SIGN_UP.signatories.map((s) => s.id)).toEqual([
      "chief-executive",
      "director-of-childrens-services",
      "director-of-public-health",
      "chief-finance-officer",
      "council-leader",
      "health-and-wellbeing-board-chair",
    ]);
    expect(SIGN_UP.consultees.map((c) => c.id)).toEqual([
      "local-mps",
      "cabinet-member-health-and-wellbeing",
      "cabinet-member-children-and-young-people",
      "integrated-care-board-lead",
      "local-providers",
    ]);
  });
});

describe("trailblazers", () => {
  it("has up to 15 places: 8 in wave one, 7 plus any unfilled in wave two", () => {
    expect(TRAILBLAZERS.maxPlaces).toBe(15);
    const [one, two] = TRAILBLAZERS.waves;
    expect([one.wave, one.closes, one.places]).toEqual([1, "2022-08-31", 8]);
    expect([two.wave, two.closes, two.places]).toEqual([2, "2022-09-30", 7]);
    expect(one.places + two.places).toBe(TRAILBLAZERS.maxPlaces);
    expect(waveTwoPlaces(8)).toBe(7);
    expect(waveTwoPlaces(5)).toBe(10);
    expect(waveTwoPlaces(0)).toBe(15);
    expect(() => waveTwoPlaces(9)).toThrow(RangeError);
    expect(() => waveTwoPlaces(-1)).toThrow(RangeError);
  });

  it("assigns a submission to a wave by its London date", () => {
    expect(waveForSubmission("2022-08-01")).toBe(1);
    expect(waveForSubmission("2022-08-31")).toBe(1);
    expect(waveForSubmission("2022-09-01")).toBe(2);
    expect(waveForSubmission("2022-09-30")).toBe(2);
    expect(waveForSubmission("2022-10-01")).toBeNull();
  });

  it("reconsiders unsuccessful wave-one applications in wave two, unchanged", () => {
    expect(TRAILBLAZERS.waveOneReconsideredInWaveTwo).toBe(true);
    expect(TRAILBLAZERS.revisionBetweenWaves).toBe(false);
    expect(TRAILBLAZERS.requiresSignUp).toBe(true);
  });

  it("covers the three trailblazer strands with their top-ups", () => {
    expect([...TRAILBLAZER_STRANDS].sort()).toEqual(["infant-feeding", "parenting", "perinatal-mental-health"]);
    expect(topUpFor("perinatal-mental-health")).toBe(10_000_000);
    expect(topUpFor("infant-feeding")).toBe(5_000_000);
    expect(topUpFor("parenting")).toBe(3_300_000);
    for (const s of STRAND_IDS.filter((id) => !(TRAILBLAZER_STRANDS as readonly string[]).includes(id))) expect(topUpFor(s), s).toBe(0);
  });

  it("funds a trailblazer only for the strands it was selected for", () => {
    expect(trailblazerFundingFor(TRAILBLAZER_STRANDS)).toBe(18_300_000);
    expect(trailblazerFundingFor(["infant-feeding"])).toBe(5_000_000);
    expect(trailblazerFundingFor(["parenting", "parenting", "start-for-life-offer"])).toBe(3_300_000);
  });

  it("assesses applications against four criteria, in our own words", () => {
    expect(TRAILBLAZERS.criteria.map((c) => c.id)).toEqual(["ambition-and-deliverability", "sharing-expertise", "existing-offer", "system-maturity"]);
    expect(TRAILBLAZERS.criteria.flatMap((c) => copiedRuns(c.text))).toEqual([]);
  });
});

describe("Early Intervention Foundation support", () => {
  it("has 15 places in year one", () => {
    expect(EIF_SUPPORT.maxPlaces).toBe(15);
    expect(EIF_SUPPORT.financialYear).toBe("2022-23");
  });

  it("is never given to a trailblazer or to an area that has not signed up", () => {
    expect(eifEligibility({ signedUp: true, trailblazer: false })).toBe("eligible");
    expect(eifEligibility({ signedUp: true, trailblazer: false, appliedForTrailblazer: true })).toBe("eligible-not-advised");
    expect(eifEligibility({ signedUp: true, trailblazer: true, appliedForTrailblazer: true })).toBe("trailblazer");
    expect(eifEligibility({ signedUp: false, trailblazer: false })).toBe("not-signed-up");
  });
});

describe("evaluation and research", () => {
  it("invites up to about 30 super-evaluators, who may also be trailblazers", () => {
    expect(SUPER_EVALUATORS.approxMaxPlaces).toBe(30);
    expect(SUPER_EVALUATORS.trailblazersMayJoin).toBe(true);
  });

  it("records interest in the early-awareness research without commitment", () => {
    expect(EARLY_AWARENESS_RESEARCH.signUpFormSection).toBe(9);
    expect(EARLY_AWARENESS_RESEARCH.commitsToTakingPart).toBe(false);
    expect(EARLY_AWARENESS_RESEARCH.birthRegistrationRequired).toBe(false);
  });
});

describe("guide references", () => {
  it("point at headings that exist in the guides", () => {
    const refs = [
      SIGN_UP.guideRef,
      TRAILBLAZERS.guideRef,
      TRAILBLAZERS.criteriaGuideRef,
      ...TRAILBLAZERS.waves.map((w) => w.guideRef),
      EIF_SUPPORT.guideRef,
      SUPER_EVALUATORS.guideRef,
      EARLY_AWARENESS_RESEARCH.guideRef,
    ];
    for (const ref of refs) expect(resolveHeading(ref), `${ref.document}: ${ref.heading}`).toBeGreaterThanOrEqual(0);
  });
});
