import { describe, expect, it } from "vitest";
import { compareWithPeers, MIN_LAS_FOR_SHARED_MEDIAN } from "@/domain/analytics/la-comparison";
import { ANALYTICS_METRICS, formatMetricValue, numericMetric } from "@/domain/analytics/mi-metrics";
import { buildMetricSeries, type MiReturnInput } from "@/domain/analytics/mi-series";
import { hubsOpenOn, servicesByAccessType } from "@/domain/analytics/services-summary";
import { metricById } from "@/catalogue/metrics";

const ANY_6_8 = "infant-feeding.breastfeeding-any-6-8-weeks";
const P = ["2023-24-Q3", "2023-24-Q4"];
const r = (gss: string, region: string, periodId: string, metrics: Record<string, unknown>, services: Record<string, unknown>[] = []): MiReturnInput => ({
  localAuthorityGss: gss,
  name: `LA ${gss}`,
  region,
  periodId,
  metrics,
  services,
});

describe("analytics metrics", () => {
  it("are all catalogue metrics, breastfeeding at each age and reach", () => {
    for (const m of ANALYTICS_METRICS) expect(metricById(m.id)).toBeDefined();
    expect(ANALYTICS_METRICS.map((m) => m.id)).toContain("infant-feeding.breastfeeding-exclusive-10-14-days");
    expect(formatMetricValue({ unit: "count" }, 12345)).toBe("12,345");
    expect(numericMetric({ a: "74" }, "a")).toBeNull();
  });
});

describe("buildMetricSeries", () => {
  it("gives each LA's values and the medians of each region and the nation", () => {
    const returns = [
      r("A", "North West", P[0]!, { [ANY_6_8]: 40 }),
      r("A", "North West", P[1]!, { [ANY_6_8]: 42 }),
      r("B", "North West", P[1]!, { [ANY_6_8]: 50 }),
      r("C", "London", P[1]!, { [ANY_6_8]: 60 }),
    ];
    const series = buildMetricSeries({ returns, periods: P, metricId: ANY_6_8, knownLocalAuthorities: [{ localAuthorityGss: "D", name: "LA D", region: "London" }] });
    expect(series.localAuthorities.map((l) => [l.localAuthorityGss, l.values])).toEqual([
      ["A", [40, 42]],
      ["B", [null, 50]],
      ["C", [null, 60]],
      ["D", [null, null]],
    ]);
    expect(series.regions).toEqual([
      { region: "London", medians: [null, 60], counts: [0, 1] },
      { region: "North West", medians: [40, 46], counts: [1, 2] },
    ]);
    expect(series.national).toEqual({ medians: [40, 50], counts: [1, 3] });
  });
});

describe("compareWithPeers", () => {
  it("compares an LA with the other LAs of its region and nation, hiding medians of too few", () => {
    const returns = ["A", "B", "C", "D", "E"].map((gss, i) => r(gss, i < 4 ? "North West" : "London", P[1]!, { [ANY_6_8]: 40 + i }));
    const series = buildMetricSeries({ returns, periods: P, metricId: ANY_6_8 });
    const rows = compareWithPeers(series, "A")!;
    expect(MIN_LAS_FOR_SHARED_MEDIAN).toBe(3);
    expect(rows[0]).toMatchObject({ value: null, regionMedian: null, regionCount: 0, nationalMedian: null });
    expect(rows[1]).toEqual({ periodId: P[1], value: 40, regionMedian: 42, regionCount: 3, nationalMedian: 42.5, nationalCount: 4 });
    expect(compareWithPeers(series, "E")![1]).toMatchObject({ regionMedian: null, regionCount: 0, nationalMedian: 41.5 });
    expect(compareWithPeers(series, "Z")).toBeNull();
  });
});

describe("services and hubs", () => {
  it("counts services by each access type they offer", () => {
    const summary = servicesByAccessType([
      r("A", "NW", P[1]!, {}, [{ "physical-access-types": ["walk-in", "home-visit"], "virtual-access-types": ["telephone"] }, { "physical-access-types": ["walk-in"] }]),
      r("B", "NW", P[1]!, {}, [{ "virtual-access-types": ["telephone"] }]),
    ]);
    expect(summary.totalServices).toBe(3);
    const byId = Object.fromEntries(summary.accessTypes.map((t) => [t.id, [t.services, t.localAuthorities]]));
    expect(byId).toMatchObject({ "walk-in": [2, 1], "home-visit": [1, 1], telephone: [2, 2], "video-group": [0, 0] });
  });

  it("counts family hubs open on each date, not other kinds of site", () => {
    const plans = [
      { localAuthorityGss: "A", region: "NW", hubs: [{ kind: "family-hub", openingDate: "2023-03-01" }, { kind: "network-site", openingDate: "2023-01-01" }, { kind: "family-hub", openingDate: "2023-11-01" }] },
      { localAuthorityGss: "B", region: "London", hubs: [{ kind: "family-hub", openingDate: "2023-06-30" }] },
    ];
    expect(hubsOpenOn(plans, ["2023-03-31", "2023-06-30", "2023-12-31"])).toEqual({
      total: [1, 2, 3],
      byRegion: [
        { region: "London", counts: [0, 1, 1] },
        { region: "NW", counts: [1, 1, 2] },
      ],
    });
  });
});
