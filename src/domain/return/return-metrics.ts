import type { Metric } from "@/catalogue/metric-model";
import { METRICS, metricById } from "@/catalogue/metrics";
import { SERVICE_REGISTER_METRIC_ID } from "@/catalogue/metrics-programme";
import { fieldName } from "@/schemas/form-data";

// Which of the catalogue's metrics a delivery return asks for, how they are grouped on the pages, and
// where each value lives in the return: the register of services is its own section ("services"),
// every other metric is in "metrics", keyed by metric id.

export const SERVICES_SECTION = "services";
export const METRICS_SECTION = "metrics";

/** The metrics of the "metrics" section: all but the register of services and those gathered by the evaluation. */
export const RETURN_METRICS: readonly Metric[] = METRICS.filter((m) => m.id !== SERVICE_REGISTER_METRIC_ID && m.frequency !== "evaluation");

export function isReturnMetric(id: string): boolean {
  return RETURN_METRICS.some((m) => m.id === id);
}

/** Asked in this return: quarterly metrics always, annual ones in the return that carries the annual section. */
export function isMetricDue(metric: Metric, includesAnnualQuestions: boolean): boolean {
  return metric.frequency === "quarterly" || (metric.frequency === "annual" && includesAnnualQuestions);
}

export interface MetricGroup {
  id: string;
  title: string;
  metricIds: readonly string[];
}

const GROUP_TITLES: Record<string, string> = {
  workforce: "Workforce and training",
  reach: "Reach and demographics",
  "infant-feeding": "Infant feeding",
  "start-for-life-offer": "Start for Life offer",
  "parent-carer-panels": "Parent and Carer Panels",
  "perinatal-mental-health": "Perinatal mental health and parent–infant relationships",
  parenting: "Parenting support",
  "early-language": "Early language and the home learning environment",
};

function groupOf(metric: Metric): string {
  if (metric.strand === "family-hubs") return metric.id.split(".")[1] ?? "family-hubs";
  return metric.strand;
}

/** The "metrics" section's pages, in catalogue order: workforce, reach, then each strand. */
export const METRIC_GROUPS: readonly MetricGroup[] = Object.entries(GROUP_TITLES)
  .map(([id, title]) => ({ id, title, metricIds: RETURN_METRICS.filter((m) => groupOf(m) === id).map((m) => m.id) }))
  .filter((g) => g.metricIds.length > 0);

/** The form name of a metric's input: `metrics[<id>]`, or `metrics[<id>].<category>` for a breakdown category. */
export function metricFieldName(metricId: string, category?: string): string {
  return category === undefined ? fieldName(METRICS_SECTION, metricId) : fieldName(METRICS_SECTION, metricId, category);
}

export interface MetricLocation {
  sectionKey: typeof SERVICES_SECTION | typeof METRICS_SECTION;
  /** Path inside the section's data, e.g. ["metrics", "infant-feeding.x"] or ["services", 2, "name"]. */
  segments: (string | number)[];
  metricId: string;
}

/**
 * Where a path from checkMetricValues ("<metric id>", "<metric id>.<category>", "<metric id>[i].<field>")
 * lives in the return. Metric ids contain dots, so the longest known id wins.
 */
export function locateMetricPath(path: string): MetricLocation {
  const record = /^(.+?)\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (record && record[1] === SERVICE_REGISTER_METRIC_ID) {
    const segments: (string | number)[] = [SERVICES_SECTION, Number(record[2])];
    if (record[3]) segments.push(record[3]);
    return { sectionKey: SERVICES_SECTION, segments, metricId: SERVICE_REGISTER_METRIC_ID };
  }
  if (path === SERVICE_REGISTER_METRIC_ID) return { sectionKey: SERVICES_SECTION, segments: [SERVICES_SECTION], metricId: path };
  if (metricById(path)) return { sectionKey: METRICS_SECTION, segments: [METRICS_SECTION, path], metricId: path };
  const dot = path.lastIndexOf(".");
  const parent = dot > 0 ? path.slice(0, dot) : "";
  if (metricById(parent)) return { sectionKey: METRICS_SECTION, segments: [METRICS_SECTION, parent, path.slice(dot + 1)], metricId: parent };
  return { sectionKey: METRICS_SECTION, segments: [METRICS_SECTION, path], metricId: path };
}

/** checkMetricValues codes about one value on its own (type and bounds), as opposed to rules between values. */
export const VALUE_CHECK_CODES: ReadonlySet<string> = new Set([
  "wrong-type",
  "not-integer",
  "negative",
  "percentage-above-100",
  "out-of-bounds",
  "too-long",
  "unknown-option",
  "duplicate-option",
  "unknown-metric",
  "missing-value",
]);
