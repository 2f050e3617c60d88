import { describe, expect, it } from "vitest";
import { analyticsMetric } from "@/domain/analytics/mi-metrics";
import { buildMetricSeries, type MiReturnInput } from "@/domain/analytics/mi-series";
import { findOutliers, outlierReasons } from "@/domain/analytics/outliers";
import { median, medianAbsoluteDeviation } from "@/domain/analytics/statistics";

const INITIATION = analyticsMetric("infant-feeding.breastfeeding-initiation");
const PERIODS = ["2023-24-Q1", "2023-24-Q2", "2023-24-Q3", "2023-24-Q4"];

function ret(gss: string, region: string, periodId: string, value: number | undefined): MiReturnInput {
  return { localAuthorityGss: gss, name: `LA ${gss}`, region, periodId, metrics: value === undefined ? {} : { [INITIATION.id]: value }, services: [] };
}

describe("statistics", () => {
  it("takes medians and median absolute deviations", () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100])).toBe(1);
  });
});

describe("outlierReasons", () => {
  const base = { metric: INITIATION, region: "North West", regionPeers: [] as number[] };

  it("flags a value far from the LA's own history, and not a small move in a steady series", () => {
    expect(outlierReasons({ ...base, value: 74.5, history: [74, 74, 74] })).toEqual([]);
    const reasons = outlierReasons({ ...base, value: 60, history: [74, 73, 75, 74] });
    expect(reasons.map((r) => r.kind)).toEqual(["history"]);
    expect(reasons[0]!.text).toBe("60% is far below this LA's usual figure (median 74% over 4 earlier quarters).");
  });

  it("needs three earlier quarters before judging against history", () => {
    expect(outlierReasons({ ...base, value: 60, history: [74, 74] })).toEqual([]);
  });

  it("flags a change of more than half on last quarter", () => {
    expect(outlierReasons({ ...base, value: 16, history: [30] })).toEqual([]); // −47%: not more than half
    const big = outlierReasons({ ...base, value: 46, history: [30] });
    expect(big).toEqual([{ kind: "change", text: "46% is a change of +53% on last quarter's 30%." }]);
  });

  it("flags a value far from the region's other LAs, once there are three of them", () => {
    expect(outlierReasons({ ...base, value: 40, history: [], regionPeers: [70, 72] })).toEqual([]);
    const reasons = outlierReasons({ ...base, value: 40, history: [], regionPeers: [70, 72, 75, 68] });
    expect(reasons).toEqual([{ kind: "region", text: "40% is far below the North West median of 71% (4 other LAs)." }]);
    expect(outlierReasons({ ...base, value: 73, history: [], regionPeers: [70, 72, 75, 68] })).toEqual([]);
  });
});

describe("findOutliers over a series", () => {
  it("finds the typing error and names the LA, period and reasons", () => {
    const returns = [
      ...["A", "B", "C", "D"].flatMap((gss, i) => PERIODS.map((p) => ret(gss, "North West", p, 70 + i))),
      ret("E", "London", "2023-24-Q1", 80),
    ];
    // D's last figure is a typing error: 7.3 for 73.
    returns[15] = ret("D", "North West", "2023-24-Q4", 7.3);
    const series = buildMetricSeries({ returns, periods: PERIODS, metricId: INITIATION.id });
    const outliers = findOutliers(series, INITIATION);
    expect(outliers.map((o) => [o.localAuthorityGss, o.periodId, o.reasons.map((r) => r.kind)])).toEqual([["D", "2023-24-Q4", ["history", "change", "region"]]]);
  });
});
