import { describe, expect, it } from "vitest";
import {
  FINANCIAL_YEARS,
  FIXED_MILESTONES,
  GRANT_STATEMENT_SCHEDULE,
  REPORTING_SCHEDULE,
  addDays,
  compareDates,
  financialYearOf,
  financialYears,
  fixedMilestoneById,
  grantStatementPeriods,
  isIsoDate,
  isWithin,
  londonDate,
  periodById,
  periodOpenOn,
  quarterOf,
  reportingPeriods,
} from "@/catalogue/calendar";
import { HUB_OPENING, PROGRAMME_END, YEAR_ONE_END } from "@/catalogue/deadlines";
import { resolveHeading } from "./guide-text";

describe("dates", () => {
  it("accepts only real calendar dates in YYYY-MM-DD form", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-13-01")).toBe(false);
    expect(isIsoDate("2023-1-01")).toBe(false);
    expect(isIsoDate("2023-01-01T00:00:00Z")).toBe(false);
  });

  it("takes the London date of an instant, across both clock changes", () => {
    expect(londonDate(new Date("2023-03-31T23:30:00Z"))).toBe("2023-04-01"); // BST: 00:30 on 1 April
    expect(londonDate(new Date("2023-03-31T22:59:59Z"))).toBe("2023-03-31");
    expect(londonDate(new Date("2023-01-31T23:30:00Z"))).toBe("2023-01-31"); // GMT
    expect(londonDate(new Date("2022-10-30T23:30:00Z"))).toBe("2022-10-30"); // GMT again after 30 October
  });

  it("compares and shifts dates as calendar dates", () => {
    expect(compareDates("2023-01-31", "2023-02-01")).toBeLessThan(0);
    expect(compareDates("2023-02-01", "2023-02-01")).toBe(0);
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-01-01", -1)).toBe("2022-12-31");
    expect(isWithin("2023-06-30", { from: "2023-01-01", to: "2023-06-30" })).toBe(true);
    expect(isWithin("2023-07-01", { from: "2023-01-01", to: "2023-06-30" })).toBe(false);
  });
});

describe("financial years and quarters", () => {
  it("has the three programme years and the extension year, flagged", () => {
    expect(FINANCIAL_YEARS.map((fy) => [fy.id, fy.from, fy.to, fy.extension])).toEqual([
      ["2022-23", "2022-04-01", "2023-03-31", false],
      ["2023-24", "2023-04-01", "2024-03-31", false],
      ["2024-25", "2024-04-01", "2025-03-31", false],
      ["2025-26", "2025-04-01", "2026-03-31", true],
    ]);
    expect(financialYears().map((fy) => fy.id)).toEqual(["2022-23", "2023-24", "2024-25"]);
    expect(financialYears({ includeExtension: true })).toHaveLength(4);
  });

  it("splits each year into four contiguous quarters, April to March", () => {
    for (const fy of FINANCIAL_YEARS) {
      expect(fy.quarters.map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
      expect(fy.quarters[0]?.from).toBe(fy.from);
      expect(fy.quarters[3]?.to).toBe(fy.to);
      for (let i = 1; i < 4; i++) expect(fy.quarters[i]?.from).toBe(addDays(fy.quarters[i - 1]?.to ?? fy.from, 1));
    }
    const [q1, q2, q3, q4] = FINANCIAL_YEARS[0]?.quarters ?? [];
    expect([q1?.from, q1?.to, q1?.label]).toEqual(["2022-04-01", "2022-06-30", "April to June 2022"]);
    expect([q2?.from, q2?.to]).toEqual(["2022-07-01", "2022-09-30"]);
    expect([q3?.from, q3?.to]).toEqual(["2022-10-01", "2022-12-31"]);
    expect([q4?.id, q4?.from, q4?.to, q4?.label]).toEqual(["2022-23-Q4", "2023-01-01", "2023-03-31", "January to March 2023"]);
  });

  it("finds the year and quarter of a date, at the edges", () => {
    expect(financialYearOf("2023-03-31")?.id).toBe("2022-23");
    expect(financialYearOf("2023-04-01")?.id).toBe("2023-24");
    expect(financialYearOf("2022-03-31")).toBeUndefined();
    expect(financialYearOf("2025-04-01")).toBeUndefined();
    expect(financialYearOf("2025-04-01", { includeExtension: true })?.id).toBe("2025-26");
    expect(quarterOf("2023-12-31")?.id).toBe("2023-24-Q3");
    expect(quarterOf("2024-01-01")?.id).toBe("2023-24-Q4");
    expect(quarterOf(new Date("2024-03-31T23:30:00Z"))?.id).toBe("2024-25-Q1"); // already 1 April in London
  });
});

describe("reporting periods", () => {
  it("has 9 quarterly returns from January 2023 to March 2025, and 13 with the extension year", () => {
    const periods = reportingPeriods();
    expect(periods).toHaveLength(9);
    expect(periods.map((p) => p.id)).toEqual([
      "2022-23-Q4",
      "2023-24-Q1",
      "2023-24-Q2",
      "2023-24-Q3",
      "2023-24-Q4",
      "2024-25-Q1",
      "2024-25-Q2",
      "2024-25-Q3",
      "2024-25-Q4",
    ]);
    expect(periods.every((p) => isWithin(p.opens, { from: "2023-01-01", to: "2025-03-31" }))).toBe(true);
    expect(reportingPeriods({ includeExtension: true })).toHaveLength(13);
  });

  it("collects the first return in January 2023", () => {
    const first = periodById("2022-23-Q4");
    expect(first).toMatchObject({
      opens: "2023-01-01",
      due: "2023-01-31",
      locks: "2023-02-14",
      covers: { from: "2022-10-01", to: "2022-12-31" },
      label: "January 2023 return",
    });
    expect(REPORTING_SCHEDULE.firstPeriodId).toBe("2022-23-Q4");
  });

  it("keeps open ≤ due ≤ lock, reports on the quarter before, and does not overlap", () => {
    const periods = reportingPeriods({ includeExtension: true });
    periods.forEach((p, i) => {
      expect(compareDates(p.opens, p.due), p.id).toBeLessThanOrEqual(0);
      expect(compareDates(p.due, p.locks), p.id).toBeLessThanOrEqual(0);
      expect(p.covers.to, p.id).toBe(addDays(p.opens, -1));
      expect(quarterOf(p.covers.from, { includeExtension: true })?.to, p.id).toBe(p.covers.to);
      const next = periods[i + 1];
      if (next) {
        expect(compareDates(p.locks, next.opens), p.id).toBeLessThan(0);
        expect(next.covers.from, p.id).toBe(addDays(p.covers.to, 1));
      }
    });
  });

  it("asks for the annual qualitative section once in each financial year", () => {
    const annual = reportingPeriods().filter((p) => p.annualQualitative);
    expect(annual.map((p) => p.id)).toEqual(["2022-23-Q4", "2023-24-Q4", "2024-25-Q4"]);
  });

  it("looks periods up by id and by date", () => {
    expect(periodById("2025-26-Q1")?.extension).toBe(true);
    expect(periodById("2022-23-Q3")).toBeUndefined();
    expect(periodOpenOn("2023-02-14")?.id).toBe("2022-23-Q4");
    expect(periodOpenOn("2023-02-15")).toBeUndefined();
    expect(periodOpenOn("2025-04-01")).toBeUndefined();
    expect(periodOpenOn("2025-04-01", { includeExtension: true })?.id).toBe("2025-26-Q1");
  });

  it("states its reading of the guide once, pointing at a real heading", () => {
    expect(REPORTING_SCHEDULE.interpretation).toContain("9 returns");
    expect(resolveHeading(REPORTING_SCHEDULE.guideRef)).toBeGreaterThanOrEqual(0);
  });
});

describe("statements of grant usage", () => {
  it("has an interim and an annual statement for each year, with the recorded due dates", () => {
    expect(grantStatementPeriods().map((s) => [s.id, s.covers.from, s.covers.to, s.opens, s.due])).toEqual([
      ["2022-23-interim", "2022-04-01", "2022-12-31", "2023-01-01", "2023-01-13"],
      ["2022-23-annual", "2022-04-01", "2023-03-31", "2023-04-01", "2023-05-31"],
      ["2023-24-interim", "2023-04-01", "2023-09-30", "2023-10-01", "2023-10-31"],
      ["2023-24-annual", "2023-04-01", "2024-03-31", "2024-04-01", "2024-05-31"],
      ["2024-25-interim", "2024-04-01", "2024-09-30", "2024-10-01", "2024-10-31"],
      ["2024-25-annual", "2024-04-01", "2025-03-31", "2025-04-01", "2025-05-31"],
    ]);
    expect(grantStatementPeriods({ includeExtension: true })).toHaveLength(8);
    expect(resolveHeading(GRANT_STATEMENT_SCHEDULE.guideRef)).toBeGreaterThanOrEqual(0);
  });

  it("never has a statement due before the period it covers has ended", () => {
    for (const s of grantStatementPeriods({ includeExtension: true })) {
      expect(compareDates(s.covers.to, s.opens), s.id).toBeLessThan(0);
      expect(compareDates(s.opens, s.due), s.id).toBeLessThanOrEqual(0);
    }
  });
});

describe("FIXED_MILESTONES", () => {
  it("has the guide's deadlines", () => {
    const windows = Object.fromEntries(FIXED_MILESTONES.map((m) => [m.id, [m.window.from, m.window.to]]));
    expect(windows).toEqual({
      "hub-opening": ["2023-01-01", "2023-06-30"],
      "start-for-life-offer-published": ["2022-04-01", "2023-03-31"],
      "parent-carer-panel-established": ["2022-04-01", "2023-03-31"],
      "local-needs-assessment": ["2022-04-01", "2023-03-31"],
      "all-minimum-expectations-met": ["2022-04-01", "2025-03-31"],
    });
  });

  it("keeps every window the right way round, inside the programme, with a real guide heading", () => {
    for (const m of FIXED_MILESTONES) {
      expect(compareDates(m.window.from, m.window.to), m.id).toBeLessThan(0);
      expect(isIsoDate(m.window.from) && isIsoDate(m.window.to), m.id).toBe(true);
      expect(compareDates(m.window.to, "2025-03-31"), m.id).toBeLessThanOrEqual(0);
      expect(resolveHeading(m.guideRef), `${m.id}: ${m.guideRef.heading}`).toBeGreaterThanOrEqual(0);
      expect(m.interpretation?.trim(), m.id).toBeTruthy();
    }
  });

  it("agrees with the deadlines the expectations use", () => {
    const to = (id: string) => fixedMilestoneById(id)?.window.to;
    expect(to("hub-opening")).toBe(HUB_OPENING);
    expect(to("start-for-life-offer-published")).toBe(YEAR_ONE_END);
    expect(to("parent-carer-panel-established")).toBe(YEAR_ONE_END);
    expect(to("local-needs-assessment")).toBe(YEAR_ONE_END);
    expect(to("all-minimum-expectations-met")).toBe(PROGRAMME_END);
  });

  it("has unique ids and finds milestones by id", () => {
    expect(new Set(FIXED_MILESTONES.map((m) => m.id)).size).toBe(FIXED_MILESTONES.length);
    expect(fixedMilestoneById("hub-opening")?.window.to).toBe("2023-06-30");
    expect(fixedMilestoneById("nope")).toBeUndefined();
  });
});
