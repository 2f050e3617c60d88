import { median } from "./statistics";
import { numericMetric } from "./mi-metrics";

// One metric over quarters, for each LA and as medians of each region and of the nation. Pure: the loaders
// hand in the latest submitted or approved return of each LA for each period.

export interface MiReturnInput {
  localAuthorityGss: string;
  name: string;
  region: string;
  /** Reporting period id, e.g. "2023-24-Q4". */
  periodId: string;
  /** The "metrics" section's `metrics` object. */
  metrics: Readonly<Record<string, unknown>>;
  /** The "services" section's `services` list. */
  services: readonly Readonly<Record<string, unknown>>[];
}

export interface LaSeries {
  localAuthorityGss: string;
  name: string;
  region: string;
  /** One value per period of the series, null where the LA sent no figure. */
  values: (number | null)[];
}

export interface MedianSeries {
  /** One median per period, null where nobody sent a figure. */
  medians: (number | null)[];
  /** How many LAs each median is taken over. */
  counts: number[];
}

export interface MetricSeries {
  metricId: string;
  periods: readonly string[];
  localAuthorities: LaSeries[];
  regions: (MedianSeries & { region: string })[];
  national: MedianSeries;
}

function medianSeries(rows: readonly LaSeries[], periodCount: number): MedianSeries {
  const medians: (number | null)[] = [];
  const counts: number[] = [];
  for (let i = 0; i < periodCount; i++) {
    const values = rows.flatMap((r) => (r.values[i] === null || r.values[i] === undefined ? [] : [r.values[i]!]));
    medians.push(median(values));
    counts.push(values.length);
  }
  return { medians, counts };
}

/**
 * The metric's values by LA and period, with region and national medians. `localAuthorities` lists every LA
 * the caller passes in `knownLocalAuthorities` (so an LA that sent nothing still shows) plus any with returns.
 */
export function buildMetricSeries({
  returns,
  periods,
  metricId,
  knownLocalAuthorities = [],
}: {
  returns: readonly MiReturnInput[];
  periods: readonly string[];
  metricId: string;
  knownLocalAuthorities?: readonly { localAuthorityGss: string; name: string; region: string }[];
}): MetricSeries {
  const index = new Map(periods.map((p, i) => [p, i]));
  const byLa = new Map<string, LaSeries>();
  const rowFor = (la: { localAuthorityGss: string; name: string; region: string }) => {
    let row = byLa.get(la.localAuthorityGss);
    if (!row) {
      row = { localAuthorityGss: la.localAuthorityGss, name: la.name, region: la.region, values: periods.map(() => null) };
      byLa.set(la.localAuthorityGss, row);
    }
    return row;
  };
  for (const la of knownLocalAuthorities) rowFor(la);
  for (const r of returns) {
    const i = index.get(r.periodId);
    if (i === undefined) continue;
    rowFor(r).values[i] = numericMetric(r.metrics, metricId);
  }
  const localAuthorities = [...byLa.values()].sort((a, b) => a.name.localeCompare(b.name));
  const regionNames = [...new Set(localAuthorities.map((l) => l.region))].sort();
  return {
    metricId,
    periods,
    localAuthorities,
    regions: regionNames.map((region) => ({ region, ...medianSeries(localAuthorities.filter((l) => l.region === region), periods.length) })),
    national: medianSeries(localAuthorities, periods.length),
  };
}
