import { metricById } from "@/catalogue/metrics";

// The management information the analytics pages chart: breastfeeding at each age (issue 6, item 3) and reach.
// Ids are the catalogue's (src/catalogue/metrics-strand.ts, metrics-programme.ts).

export const ANALYTICS_METRIC_IDS = [
  "infant-feeding.breastfeeding-initiation",
  "infant-feeding.breastfeeding-any-10-14-days",
  "infant-feeding.breastfeeding-exclusive-10-14-days",
  "infant-feeding.breastfeeding-any-6-8-weeks",
  "infant-feeding.breastfeeding-exclusive-6-8-weeks",
  "family-hubs.reach.families-accessing-family-hubs",
  "family-hubs.reach.families-accessing-family-hubs-percent",
  "family-hubs.reach.parents-carers-accessing-services",
] as const;
export type AnalyticsMetricId = (typeof ANALYTICS_METRIC_IDS)[number];

export interface AnalyticsMetric {
  id: AnalyticsMetricId;
  label: string;
  unit: "percentage" | "count";
}

export const ANALYTICS_METRICS: readonly AnalyticsMetric[] = ANALYTICS_METRIC_IDS.map((id) => {
  const metric = metricById(id);
  if (!metric) throw new Error(`The catalogue has no metric ${id}`);
  return { id, label: metric.label, unit: metric.unit === "percentage" ? "percentage" : "count" };
});

export function analyticsMetric(id: AnalyticsMetricId): AnalyticsMetric {
  return ANALYTICS_METRICS.find((m) => m.id === id)!;
}

export function isAnalyticsMetricId(value: string): value is AnalyticsMetricId {
  return (ANALYTICS_METRIC_IDS as readonly string[]).includes(value);
}

/** "74%" or "1,200". */
export function formatMetricValue(metric: Pick<AnalyticsMetric, "unit">, value: number | null): string {
  if (value === null) return "No data";
  const rounded = Math.round(value * 10) / 10;
  return metric.unit === "percentage" ? `${rounded}%` : rounded.toLocaleString("en-GB");
}

/** A numeric value from a return's "metrics" section, or null when missing or not a finite number. */
export function numericMetric(metrics: Readonly<Record<string, unknown>> | undefined, id: string): number | null {
  const value = metrics?.[id];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
