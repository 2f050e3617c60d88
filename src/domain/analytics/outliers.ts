import { formatMetricValue, type AnalyticsMetric } from "./mi-metrics";
import type { MetricSeries } from "./mi-series";
import { median, medianAbsoluteDeviation } from "./statistics";

/**
 * When a figure is flagged for reviewers as an outlier. The one place this interpretation is recorded.
 *
 * The issue asks for values "far from the LA's own history or its region". We read "far" robustly, with
 * medians and median absolute deviations (MAD), so one bad figure never hides another:
 *
 * 1. History: with at least `minHistory` earlier figures from the same LA, the value is flagged when
 *    |value − median(earlier)| > `madMultiplier` × scale(earlier).
 * 2. Change: the value is flagged when it moved by more than `maxRelativeChange` of the LA's previous figure
 *    (|value − previous| > 0.5 × previous, previous ≠ 0), the same reading as the return's own large-change
 *    warning, so a reviewer sees the LA was asked to explain it.
 * 3. Region: with at least `minRegionPeers` other LAs of the region reporting in the same period, the value
 *    is flagged when |value − median(peers)| > `madMultiplier` × scale(peers). Peers exclude the LA itself,
 *    so a small region's outlier does not drag its own yardstick.
 *
 * scale(xs) = max(MAD(xs), `relativeFloor` × |median(xs)|, `absoluteFloor`): a series with no spread at all
 * (the same 74% four quarters running) would otherwise flag a move to 74.5%. The floors keep the test to moves
 * a reviewer would call real: 5% of the typical value, and at least one unit (one percentage point, one family).
 */
export const OUTLIER_DEFINITION = {
  madMultiplier: 2.5,
  maxRelativeChange: 0.5,
  minHistory: 3,
  minRegionPeers: 3,
  relativeFloor: 0.05,
  absoluteFloor: 1,
} as const;

export type OutlierKind = "history" | "change" | "region";

export interface OutlierReason {
  kind: OutlierKind;
  /** Plain English for reviewers. */
  text: string;
}

export interface Outlier {
  localAuthorityGss: string;
  name: string;
  region: string;
  periodId: string;
  metricId: string;
  value: number;
  reasons: OutlierReason[];
}

function scale(values: readonly number[], centre: number): number {
  const mad = medianAbsoluteDeviation(values) ?? 0;
  return Math.max(mad, OUTLIER_DEFINITION.relativeFloor * Math.abs(centre), OUTLIER_DEFINITION.absoluteFloor);
}

function direction(value: number, reference: number): string {
  return value > reference ? "above" : "below";
}

/** The reasons one value is an outlier (empty when it is not). */
export function outlierReasons({
  metric,
  value,
  history,
  regionPeers,
  region,
}: {
  metric: Pick<AnalyticsMetric, "unit" | "label">;
  value: number;
  /** The LA's own earlier figures, oldest first. */
  history: readonly number[];
  /** The same period's figures of the other LAs in the region. */
  regionPeers: readonly number[];
  region: string;
}): OutlierReason[] {
  const { madMultiplier, maxRelativeChange, minHistory, minRegionPeers } = OUTLIER_DEFINITION;
  const show = (v: number) => formatMetricValue(metric, v);
  const reasons: OutlierReason[] = [];
  if (history.length >= minHistory) {
    const centre = median(history)!;
    if (Math.abs(value - centre) > madMultiplier * scale(history, centre)) {
      reasons.push({
        kind: "history",
        text: `${show(value)} is far ${direction(value, centre)} this LA's usual figure (median ${show(centre)} over ${history.length} earlier quarters).`,
      });
    }
  }
  const previous = history.at(-1);
  if (previous !== undefined && previous !== 0 && Math.abs(value - previous) > maxRelativeChange * Math.abs(previous)) {
    const change = Math.round(((value - previous) / Math.abs(previous)) * 100);
    reasons.push({ kind: "change", text: `${show(value)} is a change of ${change > 0 ? "+" : ""}${change}% on last quarter's ${show(previous)}.` });
  }
  if (regionPeers.length >= minRegionPeers) {
    const centre = median(regionPeers)!;
    if (Math.abs(value - centre) > madMultiplier * scale(regionPeers, centre)) {
      reasons.push({
        kind: "region",
        text: `${show(value)} is far ${direction(value, centre)} the ${region} median of ${show(centre)} (${regionPeers.length} other LAs).`,
      });
    }
  }
  return reasons;
}

/** Every flagged value of the series, in period order then LA name. */
export function findOutliers(series: MetricSeries, metric: Pick<AnalyticsMetric, "unit" | "label">): Outlier[] {
  const outliers: Outlier[] = [];
  series.periods.forEach((periodId, i) => {
    for (const la of series.localAuthorities) {
      const value = la.values[i];
      if (value === null || value === undefined) continue;
      const history = la.values.slice(0, i).filter((v): v is number => v !== null);
      const regionPeers = series.localAuthorities
        .filter((other) => other.region === la.region && other.localAuthorityGss !== la.localAuthorityGss)
        .flatMap((other) => (other.values[i] === null || other.values[i] === undefined ? [] : [other.values[i]!]));
      const reasons = outlierReasons({ metric, value, history, regionPeers, region: la.region });
      if (reasons.length > 0) outliers.push({ localAuthorityGss: la.localAuthorityGss, name: la.name, region: la.region, periodId, metricId: series.metricId, value, reasons });
    }
  });
  return outliers;
}
