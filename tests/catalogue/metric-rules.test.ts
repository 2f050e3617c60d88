import { describe, expect, it } from "vitest";
import { checkMetricValues, type MetricValues } from "@/catalogue/metric-rules";
import { METRIC_RULES } from "@/catalogue/metrics";

const SERVICE = {
  name: "Baby feeding café",
  "age-from-years": 0,
  "age-to-years": 2,
  antenatal: true,
  location: "Northgate Family Hub",
  "date-opened": "2023-02-01",
  "opening-hours-per-week": 6,
  "physical-access-types": ["walk-in", "pre-booked-group"],
  "virtual-access-types": ["telephone"],
  "commissioning-route": "commissioned",
  "located-in-family-hub": true,
  "shares-workforce": false,
};

/** A complete, consistent return: no errors and no warnings. */
const VALID: MetricValues = {
  "family-hubs.services": [SERVICE],
  "family-hubs.workforce.staff-count": 40,
  "family-hubs.workforce.staff-by-profession": { midwife: 5, "health-visitor": 10, other: 25 },
  "family-hubs.workforce.staff-turnover": 4.5,
  "family-hubs.workforce.cpd-hours": 120.5,
  "family-hubs.reach.parents-carers-accessing-services": 1000,
  "family-hubs.reach.parents-carers-by-gender": { female: 700, male: 250, "another-gender": 10, "not-known": 40 },
  "family-hubs.reach.average-waiting-time-days": 12.5,
  "infant-feeding.breastfeeding-initiation": 75,
  "infant-feeding.breastfeeding-any-10-14-days": 65,
  "infant-feeding.breastfeeding-exclusive-10-14-days": 45,
  "infant-feeding.breastfeeding-any-6-8-weeks": 50,
  "infant-feeding.breastfeeding-exclusive-6-8-weeks": 30,
  "infant-feeding.breastfeeding-any-6-months": 35,
  "infant-feeding.breastfeeding-exclusive-6-months": 5,
  "start-for-life-offer.published": true,
  "start-for-life-offer.promoted-to-parents": true,
  "start-for-life-offer.promotion-methods": ["single-online-space", "posters-and-leaflets"],
  "parent-carer-panels.established": true,
  "parent-carer-panels.meetings-per-year": 6,
  "parent-carer-panels.members": 12,
  "parent-carer-panels.members-by-type": { "expectant-parent": 4, "parent-under-two": 8 },
  "perinatal-mental-health.pmh-assessed-before": 30,
  "perinatal-mental-health.pmh-assessed-before-and-after": 20,
  "perinatal-mental-health.pmh-improved": 15,
  "perinatal-mental-health.pir-assessed-before": 10,
  "perinatal-mental-health.pir-assessed-before-and-after": 10,
  "perinatal-mental-health.pir-improved": 10,
  "parenting.programme-types": "Incredible Years; Solihull Approach",
  "early-language.children-supported": 150,
};

function check(changes: Record<string, unknown>, previous?: MetricValues) {
  return checkMetricValues({ values: { ...VALID, ...changes }, previous });
}

function codes(issues: { metricId: string; code: string }[]) {
  return issues.map((i) => `${i.metricId}:${i.code}`);
}

describe("checkMetricValues", () => {
  it("accepts a complete, consistent return", () => {
    expect(checkMetricValues({ values: VALID, previous: VALID })).toEqual({ errors: [], warnings: [] });
  });

  it("skips absent values, since which metrics are due is decided elsewhere", () => {
    expect(checkMetricValues({ values: { "family-hubs.workforce.staff-count": null, "parenting.programme-types": "" } })).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it("rejects metrics the catalogue does not have", () => {
    expect(codes(check({ "family-hubs.made-up": 3 }).errors)).toEqual(["family-hubs.made-up:unknown-metric"]);
  });

  describe("types and bounds", () => {
    it.each([
      ["family-hubs.workforce.staff-count", "40", "wrong-type"],
      ["family-hubs.workforce.staff-count", Number.NaN, "wrong-type"],
      ["family-hubs.workforce.staff-count", 40.5, "not-integer"],
      ["family-hubs.workforce.staff-count", -1, "negative"],
      ["infant-feeding.breastfeeding-initiation", 100.1, "percentage-above-100"],
      ["infant-feeding.breastfeeding-initiation", -0.5, "negative"],
      ["parent-carer-panels.meetings-per-year", 400, "out-of-bounds"],
      ["family-hubs.reach.average-waiting-time-days", 366, "out-of-bounds"],
      ["start-for-life-offer.published", "yes", "wrong-type"],
      ["parenting.programme-types", 42, "wrong-type"],
      ["start-for-life-offer.promotion-methods", "social-media", "wrong-type"],
      ["start-for-life-offer.promotion-methods", ["billboards"], "unknown-option"],
      ["start-for-life-offer.promotion-methods", ["outreach", "outreach"], "duplicate-option"],
      ["family-hubs.reach.parents-carers-by-gender", 1000, "wrong-type"],
    ])("%s = %j is an error (%s)", (id, value, code) => {
      const { errors } = check({ [id]: value });
      expect(codes(errors)).toEqual([`${id}:${code}`]);
      expect(errors[0]?.message).toMatch(/\.$/);
    });

    it.each([
      ["family-hubs.workforce.staff-count", 0],
      ["infant-feeding.breastfeeding-initiation", 100],
      ["infant-feeding.breastfeeding-initiation", 0],
      ["parent-carer-panels.meetings-per-year", 365],
      ["family-hubs.reach.average-waiting-time-days", 365],
    ])("%s = %j is within bounds", (id, value) => {
      expect(check({ [id]: value }).errors).toEqual([]);
    });

    it("limits text to 2,000 characters", () => {
      expect(check({ "parenting.programme-types": "x".repeat(2000) }).errors).toEqual([]);
      expect(codes(check({ "parenting.programme-types": "x".repeat(2001) }).errors)).toEqual(["parenting.programme-types:too-long"]);
    });

    it("checks each category of a breakdown as a count", () => {
      const { errors } = check({
        "family-hubs.reach.parents-carers-by-gender": { female: 700.5, male: -1, unicorn: 3, "not-known": null },
      });
      expect(codes(errors)).toEqual([
        "family-hubs.reach.parents-carers-by-gender.female:not-integer",
        "family-hubs.reach.parents-carers-by-gender.male:negative",
        "family-hubs.reach.parents-carers-by-gender.unicorn:unknown-option",
      ]);
    });

    it("checks each field of each service in the register, with its row in the path", () => {
      const { errors } = check({
        "family-hubs.services": [
          SERVICE,
          {
            ...SERVICE,
            name: "",
            "opening-hours-per-week": 169,
            "date-opened": "2023-02-30",
            "commissioning-route": "outsourced",
            "virtual-access-types": ["carrier-pigeon"],
            colour: "blue",
          },
          "not a row",
        ],
      });
      expect(codes(errors)).toEqual([
        "family-hubs.services[1].name:missing-value",
        "family-hubs.services[1].date-opened:wrong-type",
        "family-hubs.services[1].opening-hours-per-week:out-of-bounds",
        "family-hubs.services[1].virtual-access-types:unknown-option",
        "family-hubs.services[1].commissioning-route:unknown-option",
        "family-hubs.services[1].colour:unknown-metric",
        "family-hubs.services[2]:wrong-type",
      ]);
    });

    it("explains how to fix a non-integer count", () => {
      const [error] = check({ "family-hubs.workforce.staff-count": 40.4 }).errors;
      expect(error?.message).toBe("Number of staff must be a whole number. Enter 40 rather than 40.4.");
    });
  });

  describe("declared rules: each has a passing and a failing case", () => {
    // Keyed by rule id; `fail` breaks only that rule, starting from VALID (which passes them all).
    const FAILING: Record<string, { fail: Record<string, unknown>; previous?: MetricValues; at: string }> = {
      "infant-feeding.exclusive-within-any-10-14-days": {
        fail: { "infant-feeding.breastfeeding-exclusive-10-14-days": 66, "infant-feeding.breastfeeding-exclusive-6-8-weeks": 30 },
        at: "infant-feeding.breastfeeding-exclusive-10-14-days",
      },
      "infant-feeding.exclusive-within-any-6-8-weeks": {
        fail: { "infant-feeding.breastfeeding-exclusive-6-8-weeks": 50.5, "infant-feeding.breastfeeding-exclusive-10-14-days": 60 },
        at: "infant-feeding.breastfeeding-exclusive-6-8-weeks",
      },
      "infant-feeding.exclusive-within-any-6-months": {
        fail: { "infant-feeding.breastfeeding-exclusive-6-months": 36 },
        at: "infant-feeding.breastfeeding-exclusive-6-months",
      },
      "infant-feeding.any-falls-by-6-8-weeks": {
        fail: { "infant-feeding.breastfeeding-any-6-8-weeks": 66 },
        at: "infant-feeding.breastfeeding-any-6-8-weeks",
      },
      "infant-feeding.exclusive-falls-by-6-8-weeks": {
        fail: { "infant-feeding.breastfeeding-exclusive-6-8-weeks": 46 },
        at: "infant-feeding.breastfeeding-exclusive-6-8-weeks",
      },
      "infant-feeding.any-10-14-days-within-initiation": {
        fail: { "infant-feeding.breastfeeding-initiation": 64 },
        at: "infant-feeding.breastfeeding-any-10-14-days",
      },
      "infant-feeding.any-falls-by-6-months": {
        fail: { "infant-feeding.breastfeeding-any-6-months": 51, "infant-feeding.breastfeeding-exclusive-6-months": 5 },
        at: "infant-feeding.breastfeeding-any-6-months",
      },
      "parent-carer-panels.meets-every-second-month": {
        fail: { "parent-carer-panels.meetings-per-year": 5 },
        at: "parent-carer-panels.meetings-per-year",
      },
      "start-for-life-offer.promotion-methods-given": {
        fail: { "start-for-life-offer.promotion-methods": [] },
        at: "start-for-life-offer.promotion-methods",
      },
      "perinatal-mental-health.pmh-after-within-before": {
        fail: { "perinatal-mental-health.pmh-assessed-before-and-after": 31, "perinatal-mental-health.pmh-improved": 15 },
        at: "perinatal-mental-health.pmh-assessed-before-and-after",
      },
      "perinatal-mental-health.pmh-improved-within-after": {
        fail: { "perinatal-mental-health.pmh-improved": 21 },
        at: "perinatal-mental-health.pmh-improved",
      },
      "perinatal-mental-health.pir-after-within-before": {
        fail: { "perinatal-mental-health.pir-assessed-before": 9, "perinatal-mental-health.pir-improved": 9 },
        at: "perinatal-mental-health.pir-assessed-before-and-after",
      },
      "perinatal-mental-health.pir-improved-within-after": {
        fail: { "perinatal-mental-health.pir-improved": 11 },
        at: "perinatal-mental-health.pir-improved",
      },
      "family-hubs.services.age-range-order": {
        fail: { "family-hubs.services": [SERVICE, { ...SERVICE, "age-from-years": 5, "age-to-years": 4 }] },
        at: "family-hubs.services[1].age-from-years",
      },
      "family-hubs.workforce.staff-by-profession.adds-up": {
        fail: { "family-hubs.workforce.staff-count": 41 },
        at: "family-hubs.workforce.staff-by-profession",
      },
      "family-hubs.reach.parents-carers-by-gender.adds-up": {
        fail: { "family-hubs.reach.parents-carers-by-gender": { female: 700 } },
        at: "family-hubs.reach.parents-carers-by-gender",
      },
      "family-hubs.reach.parents-carers-by-deprivation.adds-up": {
        fail: { "family-hubs.reach.parents-carers-by-deprivation": { "imd-quintile-1": 999 } },
        at: "family-hubs.reach.parents-carers-by-deprivation",
      },
      "family-hubs.reach.parents-carers-by-ethnicity.adds-up": {
        fail: { "family-hubs.reach.parents-carers-by-ethnicity": { white: 1, "not-known": 1 } },
        at: "family-hubs.reach.parents-carers-by-ethnicity",
      },
      "parent-carer-panels.members-by-type.adds-up": {
        fail: { "parent-carer-panels.members": 13 },
        at: "parent-carer-panels.members-by-type",
      },
      "parent-carer-panels.members-by-gender.adds-up": {
        fail: { "parent-carer-panels.members-by-gender": { female: 11 } },
        at: "parent-carer-panels.members-by-gender",
      },
      "parent-carer-panels.members-by-deprivation.adds-up": {
        fail: { "parent-carer-panels.members-by-deprivation": { "not-known": 13 } },
        at: "parent-carer-panels.members-by-deprivation",
      },
      "parent-carer-panels.members-by-ethnicity.adds-up": {
        fail: { "parent-carer-panels.members-by-ethnicity": { asian: 2, black: 2, white: 2 } },
        at: "parent-carer-panels.members-by-ethnicity",
      },
      "quarter-on-quarter-change": {
        fail: { "family-hubs.workforce.staff-count": 61, "family-hubs.workforce.staff-by-profession": { other: 61 } },
        previous: { "family-hubs.workforce.staff-count": 40 },
        at: "family-hubs.workforce.staff-count",
      },
    };

    it("covers every declared rule", () => {
      expect(Object.keys(FAILING).sort()).toEqual(METRIC_RULES.map((r) => r.id).sort());
    });

    it.each(METRIC_RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
      const testCase = FAILING[id];
      if (!testCase) throw new Error(`No failing case for ${id}`);
      const passing = checkMetricValues({ values: VALID, previous: testCase.previous ? VALID : undefined });
      expect([...passing.errors, ...passing.warnings]).toEqual([]);

      const result = check(testCase.fail, testCase.previous);
      const raised = rule.severity === "error" ? result.errors : result.warnings;
      const other = rule.severity === "error" ? result.warnings : result.errors;
      expect(codes(raised)).toEqual([`${testCase.at}:${rule.code}`]);
      expect(other).toEqual([]);
      expect(raised[0]?.message.length).toBeGreaterThan(20);
    });
  });

  describe("edges of the warnings", () => {
    it("warns when a value changes by more than half of last quarter's, not at exactly half", () => {
      const previous = { "infant-feeding.breastfeeding-initiation": 60, "family-hubs.workforce.staff-count": 40 };
      expect(check({ "infant-feeding.breastfeeding-initiation": 90, "infant-feeding.breastfeeding-any-10-14-days": 65 }, previous).warnings).toEqual([]);
      expect(codes(check({ "infant-feeding.breastfeeding-initiation": 90.01 }, previous).warnings)).toEqual([
        "infant-feeding.breastfeeding-initiation:large-change",
      ]);
      expect(
        codes(
          check(
            { "family-hubs.workforce.staff-count": 19, "family-hubs.workforce.staff-by-profession": { other: 19 } },
            previous,
          ).warnings,
        ),
      ).toEqual(["family-hubs.workforce.staff-count:large-change"]);
      expect(check({ "family-hubs.workforce.staff-count": 20, "family-hubs.workforce.staff-by-profession": { other: 20 } }, previous).warnings).toEqual([]);
    });

    it("does not compare with a last-quarter value of 0", () => {
      const previous = { "early-language.children-supported": 0 };
      expect(check({ "early-language.children-supported": 500 }, previous).warnings).toEqual([]);
    });

    it("says what changed in the large-change message", () => {
      const [warning] = check({ "early-language.children-supported": 400 }, { "early-language.children-supported": 150 }).warnings;
      expect(warning?.message).toContain("from 150 last quarter to 400");
    });

    it("accepts a panel meeting exactly every second month and warns below it", () => {
      expect(check({ "parent-carer-panels.meetings-per-year": 6 }).warnings).toEqual([]);
      expect(codes(check({ "parent-carer-panels.meetings-per-year": 5 }).warnings)).toEqual(["parent-carer-panels.meetings-per-year:panel-meets-rarely"]);
    });

    it("allows equal rates: exclusive equal to any, and 6–8 weeks equal to 10–14 days", () => {
      const equal = {
        "infant-feeding.breastfeeding-any-10-14-days": 50,
        "infant-feeding.breastfeeding-exclusive-10-14-days": 50,
        "infant-feeding.breastfeeding-any-6-8-weeks": 50,
        "infant-feeding.breastfeeding-exclusive-6-8-weeks": 50,
        "infant-feeding.breastfeeding-any-6-months": 50,
        "infant-feeding.breastfeeding-exclusive-6-months": 50,
      };
      expect(check(equal)).toEqual({ errors: [], warnings: [] });
    });

    it("does not run cross-field rules on values that already failed their own checks", () => {
      const { errors, warnings } = check({ "infant-feeding.breastfeeding-exclusive-10-14-days": 120 });
      expect(codes(errors)).toEqual(["infant-feeding.breastfeeding-exclusive-10-14-days:percentage-above-100"]);
      expect(warnings).toEqual([]);
    });

    it("needs no promotion methods when the offer is not being promoted", () => {
      expect(check({ "start-for-life-offer.promoted-to-parents": false, "start-for-life-offer.promotion-methods": [] }).errors).toEqual([]);
    });
  });
});
