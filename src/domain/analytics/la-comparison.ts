import type { MetricSeries } from "./mi-series";
import { median } from "./statistics";

/**
 * Fewer LAs than this and a median is not shown to an LA: the median of one or two others would tell it
 * their figures. Departments see every figure anyway.
 */
export const MIN_LAS_FOR_SHARED_MEDIAN = 3;

export interface ComparisonRow {
  periodId: string;
  value: number | null;
  /** Null when fewer than MIN_LAS_FOR_SHARED_MEDIAN other LAs reported. */
  regionMedian: number | null;
  regionCount: number;
  nationalMedian: number | null;
  nationalCount: number;
}

/**
 * One LA's figures beside the medians of the other LAs in its region and in the nation, per period
 * (issue 6, item 9). The LA itself is left out of both medians, so it compares with its peers.
 */
export function compareWithPeers(series: MetricSeries, localAuthorityGss: string): ComparisonRow[] | null {
  const own = series.localAuthorities.find((l) => l.localAuthorityGss === localAuthorityGss);
  if (!own) return null;
  const others = series.localAuthorities.filter((l) => l.localAuthorityGss !== localAuthorityGss);
  return series.periods.map((periodId, i) => {
    const valuesOf = (rows: typeof others) => rows.flatMap((r) => (r.values[i] === null || r.values[i] === undefined ? [] : [r.values[i]!]));
    const region = valuesOf(others.filter((o) => o.region === own.region));
    const nation = valuesOf(others);
    const shared = (values: number[]) => (values.length >= MIN_LAS_FOR_SHARED_MEDIAN ? median(values) : null);
    return {
      periodId,
      value: own.values[i] ?? null,
      regionMedian: shared(region),
      regionCount: region.length,
      nationalMedian: shared(nation),
      nationalCount: nation.length,
    };
  });
}
