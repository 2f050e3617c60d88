import { checkMetricValues } from "@/catalogue/metric-rules";
import type { Metric, MetricField } from "@/catalogue/metric-model";
import { SERVICE_REGISTER_METRIC_ID } from "@/catalogue/metrics-programme";
import type { SubmissionDocument } from "@/domain/submissions/types";
import { coerceMetricInput, formatMetricInput, type MetricValue, type ServiceRecord } from "@/schemas/return/metric-value";
import { ZReturnMetrics, type TReturnMetrics } from "@/schemas/return/metrics";
import { SERVICE_FIELDS, ZReturnServices, type TReturnServices } from "@/schemas/return/services";
import { previousMetricValues } from "./prefill";
import { locateMetricPath, RETURN_METRICS } from "./return-metrics";
import { readReturnDocument } from "./sections";

// The management information spreadsheet, as plain rows: one "Services" sheet (a row per service) and one
// "Metrics" sheet (a row per metric, or per category of a breakdown). Reading and writing XLSX or CSV is
// the server's job; this module describes the sheets and turns filled rows back into the return's
// "services" and "metrics" sections, all or nothing. Column keys are stable: never rename them.

export const SERVICES_SHEET = "Services";
export const METRICS_SHEET = "Metrics";

export interface TemplateColumn {
  key: string;
  description: string;
  /** False for columns we fill in for information (label, unit, last quarter): they are ignored on upload. */
  editable: boolean;
}

export interface TemplateSheet {
  name: string;
  columns: readonly TemplateColumn[];
  rows: Record<string, string>[];
}

/** A sheet as read from a file: its name, header row (if known) and data rows keyed by header. */
export interface SheetInput {
  name: string;
  columns?: readonly string[];
  rows: readonly Record<string, string | undefined>[];
}

/** `row` is the spreadsheet row number: the header is row 1, the first data row is row 2. */
export interface TemplateProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export type TemplateImport = { document: { services?: TReturnServices; metrics?: TReturnMetrics } } | { problems: TemplateProblem[] };

const columnKey = (fieldId: string) => fieldId.replaceAll("-", "_");

function allowedValues(def: Metric | MetricField): string {
  switch (def.unit) {
    case "boolean":
      return "yes or no";
    case "date":
      return "a date, like 31/03/2023";
    case "text":
      return `text, up to ${def.maxLength ?? 2000} characters`;
    case "choice":
      return `one of: ${(def.options ?? []).map((o) => o.id).join("; ")}`;
    case "choices":
      return `any of, separated by semicolons: ${(def.options ?? []).map((o) => o.id).join("; ")}`;
    case "breakdown":
      return "a whole number, 0 or more";
    case "percentage":
      return "a number from 0 to 100";
    default: {
      const whole = def.integer ? "a whole number" : "a number";
      return def.max !== undefined ? `${whole} from ${def.min ?? 0} to ${def.max}` : `${whole}, ${def.min ?? 0} or more`;
    }
  }
}

export const SERVICE_COLUMNS: readonly (TemplateColumn & { fieldId: string })[] = SERVICE_FIELDS.map((f) => ({
  key: columnKey(f.id),
  fieldId: f.id,
  description: `${f.label}${f.required ? " (required)" : ""}: ${allowedValues(f)}`,
  editable: true,
}));

export const METRIC_COLUMNS: readonly TemplateColumn[] = [
  { key: "metric_id", description: "The metric's id. Do not change it.", editable: false },
  { key: "category", description: "For figures broken down by category: the category's id. Do not change it.", editable: false },
  { key: "label", description: "What to enter.", editable: false },
  { key: "frequency", description: "'quarterly', or 'annual' for figures asked in the January return only.", editable: false },
  { key: "allowed", description: "The values accepted.", editable: false },
  { key: "last_quarter", description: "The figure in your last return, for reference.", editable: false },
  { key: "value", description: "Your figure. Leave it empty if you do not have it.", editable: true },
];

export const MI_TEMPLATE_INSTRUCTIONS: readonly string[] = [
  "Fill in the 'value' column of the Metrics sheet, and one row per service on the Services sheet.",
  "Do not rename sheets or columns, or change the metric_id and category columns.",
  "Leave a value empty if you do not have it; you will be asked to explain missing figures.",
  "Upload the whole file: if any row has a problem nothing is imported, and each problem is listed by sheet, row and column.",
];

function serviceRow(record: ServiceRecord | undefined): Record<string, string> {
  return Object.fromEntries(SERVICE_COLUMNS.map((c) => [c.key, formatMetricInput(record?.[c.fieldId])]));
}

/** The template for a return: prefilled with the return's current values and last quarter's for reference. */
export function buildMiTemplate({ document, previous }: { document?: SubmissionDocument; previous?: SubmissionDocument } = {}): TemplateSheet[] {
  const current = readReturnDocument(document);
  const values: Record<string, unknown> = current.metrics?.metrics ?? {};
  const before = previousMetricValues(previous);

  const metricRows: Record<string, string>[] = [];
  for (const metric of RETURN_METRICS) {
    const base = { metric_id: metric.id, frequency: metric.frequency, allowed: allowedValues(metric) };
    if (metric.unit === "breakdown") {
      const now = (values[metric.id] ?? {}) as Record<string, unknown>;
      const then = (before[metric.id] ?? {}) as Record<string, unknown>;
      for (const option of metric.options ?? []) {
        metricRows.push({
          ...base,
          category: option.id,
          label: `${metric.label}: ${option.label}`,
          last_quarter: formatMetricInput(then[option.id]),
          value: formatMetricInput(now[option.id]),
        });
      }
    } else {
      metricRows.push({ ...base, category: "", label: metric.label, last_quarter: formatMetricInput(before[metric.id]), value: formatMetricInput(values[metric.id]) });
    }
  }

  return [
    { name: SERVICES_SHEET, columns: SERVICE_COLUMNS, rows: (current.services?.services ?? []).map(serviceRow) },
    { name: METRICS_SHEET, columns: METRIC_COLUMNS, rows: metricRows },
  ];
}

const normalise = (key: string) => key.trim().toLowerCase().replace(/[\s-]+/g, "_");

function normaliseRow(row: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [normalise(k), typeof v === "string" ? v : v === undefined || v === null ? "" : String(v)]));
}

/** Which template sheet a header row belongs to, e.g. for a CSV upload (one sheet per file). */
export function identifySheet(columns: readonly string[]): typeof SERVICES_SHEET | typeof METRICS_SHEET | undefined {
  const keys = new Set(columns.map(normalise));
  if (keys.has("metric_id")) return METRICS_SHEET;
  if (keys.has("name") && keys.has("location")) return SERVICES_SHEET;
  return undefined;
}

function columnsOf(sheet: SheetInput): Set<string> {
  return new Set((sheet.columns ?? sheet.rows.flatMap((r) => Object.keys(r))).map(normalise));
}

const SHEET_ORDER = [SERVICES_SHEET, METRICS_SHEET];

function sortProblems(problems: TemplateProblem[]): TemplateProblem[] {
  return [...problems].sort((a, b) => SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet) || a.row - b.row);
}

const isBlankRow = (row: Record<string, string>, keys: readonly string[]) => keys.every((k) => (row[k] ?? "").trim() === "");

/**
 * Turns the filled sheets back into the return's "services" and "metrics" sections. Every row is
 * checked (types, bounds, options and the catalogue's rules that are errors); any problem means
 * nothing is imported. A sheet that is not in the file leaves its section out of the result.
 */
export function rowsToMetricsDocument(sheets: readonly SheetInput[]): TemplateImport {
  const problems: TemplateProblem[] = [];
  const find = (name: string) => sheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
  const servicesSheet = find(SERVICES_SHEET);
  const metricsSheet = find(METRICS_SHEET);
  if (!servicesSheet && !metricsSheet) {
    return { problems: [{ sheet: sheets[0]?.name ?? "", row: 1, column: "", message: `The file has no "${SERVICES_SHEET}" or "${METRICS_SHEET}" sheet. Use the template for this period.` }] };
  }

  // ---------------------------------------------------------------------------------- services
  let services: ServiceRecord[] | undefined;
  const serviceRows: number[] = [];
  if (servicesSheet) {
    const present = columnsOf(servicesSheet);
    const missing = servicesSheet.rows.length ? SERVICE_COLUMNS.filter((c) => !present.has(c.key)) : [];
    for (const c of missing) problems.push({ sheet: SERVICES_SHEET, row: 1, column: c.key, message: `The column "${c.key}" is missing. Use the template for this period.` });
    if (missing.length === 0) {
      services = [];
      servicesSheet.rows.forEach((raw, index) => {
        const row = normaliseRow(raw);
        const rowNumber = index + 2;
        if (isBlankRow(row, SERVICE_COLUMNS.map((c) => c.key))) return;
        const record: ServiceRecord = {};
        for (const column of SERVICE_COLUMNS) {
          const field = SERVICE_FIELDS.find((f) => f.id === column.fieldId);
          if (!field) continue;
          const coerced = coerceMetricInput(field, row[column.key] ?? "");
          if (!coerced.ok) problems.push({ sheet: SERVICES_SHEET, row: rowNumber, column: column.key, message: coerced.message });
          else if (coerced.value !== undefined) record[column.fieldId] = coerced.value as ServiceRecord[string];
        }
        services?.push(record);
        serviceRows.push(rowNumber);
      });
    }
  }

  // ----------------------------------------------------------------------------------- metrics
  let metrics: Record<string, MetricValue> | undefined;
  /** Row number of each metric id and of each "<id>.<category>". */
  const metricRows = new Map<string, number>();
  if (metricsSheet) {
    const present = columnsOf(metricsSheet);
    const missing = metricsSheet.rows.length ? ["metric_id", "category", "value"].filter((k) => !present.has(k)) : [];
    for (const key of missing) problems.push({ sheet: METRICS_SHEET, row: 1, column: key, message: `The column "${key}" is missing. Use the template for this period.` });
    if (missing.length === 0) {
      metrics = {};
      metricsSheet.rows.forEach((raw, index) => {
        const row = normaliseRow(raw);
        const rowNumber = index + 2;
        const problem = (column: string, message: string) => problems.push({ sheet: METRICS_SHEET, row: rowNumber, column, message });
        const id = (row.metric_id ?? "").trim();
        const category = (row.category ?? "").trim();
        const value = row.value ?? "";
        if (id === "") {
          if (value.trim() !== "") problem("metric_id", "This row has a value but no metric id. Copy the row's metric id from the template.");
          return;
        }
        const metric = RETURN_METRICS.find((m) => m.id === id);
        if (!metric) {
          problem("metric_id", id === SERVICE_REGISTER_METRIC_ID ? `Enter services on the "${SERVICES_SHEET}" sheet.` : `"${id}" is not a metric we collect. Check the metric id against the template.`);
          return;
        }
        const key = metric.unit === "breakdown" ? `${id}.${category}` : id;
        if (metric.unit === "breakdown") {
          if (!(metric.options ?? []).some((o) => o.id === category)) {
            problem("category", category ? `"${category}" is not a category of ${metric.label}.` : `Enter the category for ${metric.label}.`);
            return;
          }
        } else if (category) {
          problem("category", `${metric.label} has no categories. Leave the category empty.`);
          return;
        }
        if (metricRows.has(key)) {
          problem("metric_id", `${metric.label}${metric.unit === "breakdown" ? ` (${category})` : ""} appears more than once. Keep one row for it.`);
          return;
        }
        metricRows.set(key, rowNumber);
        if (!metricRows.has(id)) metricRows.set(id, rowNumber);

        const option = (metric.options ?? []).find((o) => o.id === category);
        const def = option ? { id: key, label: `${metric.label}: ${option.label}`, unit: "count" as const } : metric;
        const coerced = coerceMetricInput(def, value);
        if (!coerced.ok) {
          problem("value", coerced.message);
          return;
        }
        if (coerced.value === undefined || !metrics) return;
        if (metric.unit === "breakdown") {
          const counts = (metrics[id] ?? {}) as Record<string, number>;
          counts[category] = coerced.value as number;
          metrics[id] = counts;
        } else {
          metrics[id] = coerced.value;
        }
      });
    }
  }
  // The catalogue's checks on every value that could be read, so one upload lists every problem: each
  // error with its row and column. Warnings are left for the return to explain.
  const values: Record<string, unknown> = { ...(metrics ?? {}) };
  if (services) values[SERVICE_REGISTER_METRIC_ID] = services;
  for (const error of checkMetricValues({ values }).errors) problems.push(locate(error.metricId, error.message));
  if (problems.length) return { problems: sortProblems(problems) };

  const document: { services?: TReturnServices; metrics?: TReturnMetrics } = {};
  if (services) {
    const parsed = ZReturnServices.safeParse({ services });
    if (parsed.success) document.services = parsed.data;
    else for (const i of parsed.error.issues) problems.push({ sheet: SERVICES_SHEET, row: serviceRows[Number(i.path[1])] ?? 1, column: columnKey(String(i.path[2] ?? "")), message: i.message });
  }
  if (metrics) {
    const parsed = ZReturnMetrics.safeParse({ metrics });
    if (parsed.success) document.metrics = parsed.data;
    else for (const i of parsed.error.issues) problems.push({ sheet: METRICS_SHEET, row: metricRows.get(String(i.path[1] ?? "")) ?? 1, column: "value", message: i.message });
  }
  return problems.length ? { problems } : { document };

  function locate(path: string, message: string): TemplateProblem {
    const location = locateMetricPath(path);
    if (location.sectionKey === "services") {
      const [, index, field] = location.segments;
      return { sheet: SERVICES_SHEET, row: typeof index === "number" ? (serviceRows[index] ?? 1) : 1, column: field === undefined ? "" : columnKey(String(field)), message };
    }
    const [, id, category] = location.segments;
    const key = category === undefined ? String(id) : `${String(id)}.${String(category)}`;
    return { sheet: METRICS_SHEET, row: metricRows.get(key) ?? metricRows.get(String(id)) ?? 1, column: "value", message };
  }
}
