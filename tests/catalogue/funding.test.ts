import { describe, expect, it } from "vitest";
import {
  FUNDING_LINES,
  PROGRAMME_TOTALS,
  TRAILBLAZER_TOP_UPS,
  TRAILBLAZER_TOP_UP_TOTAL_PENCE,
  formatPounds,
  fundingLineById,
  topLevelFundingLines,
} from "@/catalogue/funding";
import { financialYears } from "@/catalogue/calendar";
import { resolveHeading } from "./guide-text";

const MILLION = 100_000_000; // pence in £1 million

describe("FUNDING_LINES", () => {
  it("has unique ids, and parts only of lines that exist", () => {
    const ids = FUNDING_LINES.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of FUNDING_LINES) if (l.parentId) expect(fundingLineById(l.parentId), l.id).toBeDefined();
  });

  it("stores every amount as a whole, non-negative number of pence", () => {
    const amounts = [
      ...FUNDING_LINES.map((l) => l.nationalTotalPence).filter((p): p is number => p !== null),
      ...TRAILBLAZER_TOP_UPS.map((t) => t.pencePerTrailblazer),
      TRAILBLAZER_TOP_UP_TOTAL_PENCE,
      PROGRAMME_TOTALS.packagePence,
      PROGRAMME_TOTALS.homeLearningEnvironmentPence,
      PROGRAMME_TOTALS.earlierFamilyHubsCommitmentPence,
    ];
    for (const p of amounts) {
      expect(Number.isSafeInteger(p), String(p)).toBe(true);
      expect(p).toBeGreaterThanOrEqual(0);
    }
  });

  it("states each line's amount as the guide does", () => {
    const amount = (id: string) => fundingLineById(id)?.nationalTotalPence;
    expect(amount("family-hubs-transformation")).toBe(81.75 * MILLION);
    expect(amount("parenting-support")).toBe(50 * MILLION);
    expect(amount("perinatal-mental-health")).toBe(100 * MILLION);
    expect(amount("infant-feeding")).toBe(50 * MILLION);
    expect(amount("home-learning-environment")).toBe(2_870_000_000);
    expect(amount("start-for-life-offer-and-panels")).toBe(10 * MILLION);
    expect(amount("workforce-trials")).toBe(10 * MILLION);
    expect(amount("family-hubs-transformation.programme")).toBeNull();
    expect(amount("family-hubs-transformation.capital")).toBeNull();
  });

  it("adds up to the £301.75 million package, with the home learning environment on top", () => {
    const inPackage = topLevelFundingLines()
      .filter((l) => l.inProgrammePackage)
      .reduce((sum, l) => sum + (l.nationalTotalPence ?? 0), 0);
    expect(PROGRAMME_TOTALS.packagePence).toBe(30_175_000_000);
    expect(inPackage).toBe(PROGRAMME_TOTALS.packagePence);
    expect(fundingLineById("home-learning-environment")?.inProgrammePackage).toBe(false);
    expect(PROGRAMME_TOTALS.homeLearningEnvironmentPence).toBe(fundingLineById("home-learning-environment")?.nationalTotalPence);
  });

  it("splits transformation funding into programme (resource) and capital", () => {
    const parts = FUNDING_LINES.filter((l) => l.parentId === "family-hubs-transformation");
    expect(parts.map((l) => l.types)).toEqual([["resource"], ["capital"]]);
    expect(fundingLineById("family-hubs-transformation")?.types).toEqual(["resource", "capital"]);
  });

  it("has a line for each funded service and activity", () => {
    const strands = new Set(FUNDING_LINES.filter((l) => l.allocatedToLocalAuthorities).flatMap((l) => l.strands));
    for (const s of ["family-hubs", "parenting", "perinatal-mental-health", "early-language", "infant-feeding", "parent-carer-panels", "start-for-life-offer"])
      expect(strands.has(s as never), s).toBe(true);
  });

  it("releases funded services as a development grant in year one (Annex P)", () => {
    for (const id of ["parenting-support", "perinatal-mental-health", "infant-feeding", "home-learning-environment"]) {
      const release = fundingLineById(id)?.release ?? [];
      expect(release.map((r) => r.financialYear), id).toEqual(["2022-23", "2023-24", "2024-25"]);
      expect(release[0]?.form, id).toBe("development grant");
    }
  });

  it("releases money only in the programme's financial years", () => {
    const years = new Set<string>(financialYears().map((fy) => fy.id));
    for (const l of FUNDING_LINES) for (const r of l.release) expect(years.has(r.financialYear), l.id).toBe(true);
  });

  it("points every line at a heading that exists in the guide", () => {
    for (const item of [...FUNDING_LINES, ...TRAILBLAZER_TOP_UPS, PROGRAMME_TOTALS])
      expect(resolveHeading(item.guideRef), item.guideRef.heading).toBeGreaterThanOrEqual(0);
  });
});

describe("trailblazer top-ups", () => {
  it("matches Table 1 of the trailblazer guide, totalling £183,000 per trailblazer", () => {
    const byStrand = Object.fromEntries(TRAILBLAZER_TOP_UPS.map((t) => [t.strand, t.pencePerTrailblazer]));
    expect(byStrand).toEqual({ "perinatal-mental-health": 10_000_000, "infant-feeding": 5_000_000, parenting: 3_300_000 });
    expect(TRAILBLAZER_TOP_UPS.reduce((sum, t) => sum + t.pencePerTrailblazer, 0)).toBe(TRAILBLAZER_TOP_UP_TOTAL_PENCE);
    expect(formatPounds(TRAILBLAZER_TOP_UP_TOTAL_PENCE)).toBe("£183,000");
    expect(TRAILBLAZER_TOP_UPS.every((t) => t.financialYear === "2022-23")).toBe(true);
  });
});

describe("formatPounds", () => {
  it.each([
    [0, "£0"],
    [1, "£0.01"],
    [99, "£0.99"],
    [10_000_000, "£100,000"],
    [123_456, "£1,234.56"],
    [30_175_000_000, "£301,750,000"],
    [-500, "-£5"],
  ])("formats %i pence as %s", (pence, text) => {
    expect(formatPounds(pence)).toBe(text);
  });

  it("can always show pence", () => {
    expect(formatPounds(10_000_000, { showPence: true })).toBe("£100,000.00");
  });

  it("refuses anything but whole pence", () => {
    expect(() => formatPounds(1.5)).toThrow(RangeError);
    expect(() => formatPounds(Number.NaN)).toThrow(RangeError);
  });
});
