// Checks one return's MI values against the catalogue: each value's type and bounds, then METRIC_RULES.
// A value that is absent (undefined, null or "") is not checked: which metrics are due in a given quarter
// is decided by the return rules, not here.
import { isIsoDate } from "./calendar";
import type { Metric, MetricField, MetricRule } from "./metric-model";
import { METRIC_RULES, metricById } from "./metrics";

export interface Issue {
  /** Path of the value: a metric id, then `[index].field` inside records or `.category` inside breakdowns. */
  metricId: string;
  code: string;
  message: string;
}

export interface MetricCheck {
  errors: Issue[];
  warnings: Issue[];
}

export type MetricValues = Readonly<Record<string, unknown>>;

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Type and bounds of one value. `label` is the field's label, used in the messages. */
function checkValue(def: Metric | MetricField, path: string, value: unknown, errors: Issue[]): void {
  const issue = (code: string, message: string) => errors.push({ metricId: path, code, message });
  const label = def.label;

  switch (def.unit) {
    case "count":
    case "percentage":
    case "days":
    case "hours":
    case "times-per-year": {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        issue("wrong-type", `${label} must be a number.`);
        return;
      }
      if (def.integer && !Number.isInteger(value)) {
        issue("not-integer", `${label} must be a whole number. Enter ${Math.round(value)} rather than ${value}.`);
        return;
      }
      if (value < 0) {
        issue("negative", `${label} cannot be negative. Enter 0 or more.`);
        return;
      }
      if (def.unit === "percentage" && value > 100) {
        issue("percentage-above-100", `${label} is a percentage and cannot be more than 100. Enter a figure from 0 to 100.`);
        return;
      }
      if ((def.min !== undefined && value < def.min) || (def.max !== undefined && value > def.max)) {
        const range = def.max === undefined ? `${def.min} or more` : `from ${def.min ?? 0} to ${def.max}`;
        issue("out-of-bounds", `${label} must be ${range}.`);
      }
      return;
    }
    case "boolean":
      if (typeof value !== "boolean") issue("wrong-type", `Answer yes or no for ${label}.`);
      return;
    case "text":
      if (typeof value !== "string") issue("wrong-type", `${label} must be text.`);
      else if (def.maxLength !== undefined && value.length > def.maxLength)
        issue("too-long", `${label} must be ${def.maxLength} characters or fewer. Shorten it.`);
      return;
    case "date":
      if (typeof value !== "string" || !isIsoDate(value))
        issue("wrong-type", `${label} must be a real date, for example 2023-03-31.`);
      return;
    case "choice": {
      const ids = (def.options ?? []).map((o) => o.id);
      if (typeof value !== "string" || !ids.includes(value)) issue("unknown-option", `Select one of the options for ${label}.`);
      return;
    }
    case "choices": {
      const ids = (def.options ?? []).map((o) => o.id);
      if (!Array.isArray(value)) {
        issue("wrong-type", `Select the options that apply for ${label}.`);
        return;
      }
      if (value.some((v) => typeof v !== "string" || !ids.includes(v))) issue("unknown-option", `Select only the listed options for ${label}.`);
      else if (new Set(value).size !== value.length) issue("duplicate-option", `Select each option only once for ${label}.`);
      return;
    }
    case "breakdown": {
      if (!isPlainObject(value)) {
        issue("wrong-type", `Enter a number for each category of ${label}.`);
        return;
      }
      const categories = new Map((def.options ?? []).map((o) => [o.id, o.label]));
      for (const [category, count] of Object.entries(value)) {
        const categoryLabel = categories.get(category);
        if (categoryLabel === undefined) {
          errors.push({ metricId: `${path}.${category}`, code: "unknown-option", message: `${label} has an unknown category. Use only the listed categories.` });
          continue;
        }
        if (isAbsent(count)) continue;
        checkValue({ id: category, label: `${label}: ${categoryLabel}`, unit: "count", min: 0, integer: true }, `${path}.${category}`, count, errors);
      }
      return;
    }
    case "records": {
      if (!Array.isArray(value)) {
        issue("wrong-type", `${label} must be a list.`);
        return;
      }
      const fields = "fields" in def ? (def.fields ?? []) : [];
      value.forEach((record: unknown, index) => {
        const recordPath = `${path}[${index}]`;
        if (!isPlainObject(record)) {
          errors.push({ metricId: recordPath, code: "wrong-type", message: `Row ${index + 1} of ${label} is not a valid entry.` });
          return;
        }
        for (const f of fields) {
          const fieldValue = record[f.id];
          if (isAbsent(fieldValue)) {
            if (f.required)
              errors.push({ metricId: `${recordPath}.${f.id}`, code: "missing-value", message: `Enter ${f.label.toLowerCase()} for row ${index + 1} of ${label}.` });
            continue;
          }
          checkValue({ ...f, label: `${f.label} (row ${index + 1})` }, `${recordPath}.${f.id}`, fieldValue, errors);
        }
        for (const key of Object.keys(record)) {
          if (!fields.some((f) => f.id === key))
            errors.push({ metricId: `${recordPath}.${key}`, code: "unknown-metric", message: `Row ${index + 1} of ${label} has a field we do not collect. Remove it.` });
        }
      });
      return;
    }
  }
}

function numberAt(values: MetricValues, id: string): number | undefined {
  const v = values[id];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

function applyRule(rule: MetricRule, values: MetricValues, previous: MetricValues | undefined, valid: (path: string) => boolean): Issue[] {
  const at = (metricId: string): Issue => ({ metricId, code: rule.code, message: rule.message });

  switch (rule.kind) {
    case "not-above": {
      const value = numberAt(values, rule.metricId);
      const limit = numberAt(values, rule.limitMetricId);
      if (value === undefined || limit === undefined || !valid(rule.metricId) || !valid(rule.limitMetricId)) return [];
      return value > limit ? [at(rule.metricId)] : [];
    }
    case "record-not-above": {
      const records = values[rule.metricId];
      if (!Array.isArray(records)) return [];
      return records.flatMap((record: unknown, index) => {
        if (!isPlainObject(record)) return [];
        const path = `${rule.metricId}[${index}]`;
        const value = record[rule.fieldId];
        const limit = record[rule.limitFieldId];
        if (typeof value !== "number" || typeof limit !== "number") return [];
        if (!valid(`${path}.${rule.fieldId}`) || !valid(`${path}.${rule.limitFieldId}`)) return [];
        return value > limit ? [at(`${path}.${rule.fieldId}`)] : [];
      });
    }
    case "at-least": {
      const value = numberAt(values, rule.metricId);
      if (value === undefined || !valid(rule.metricId)) return [];
      return value < rule.min ? [at(rule.metricId)] : [];
    }
    case "detail-required": {
      if (values[rule.whenMetricId] !== true) return [];
      const detail = values[rule.thenMetricId];
      const empty = isAbsent(detail) || (Array.isArray(detail) && detail.length === 0);
      return empty ? [at(rule.thenMetricId)] : [];
    }
    case "breakdown-total": {
      const breakdown = values[rule.metricId];
      const total = numberAt(values, rule.totalMetricId);
      if (!isPlainObject(breakdown) || total === undefined || !valid(rule.totalMetricId)) return [];
      const counts = Object.entries(breakdown);
      if (counts.length === 0 || counts.some(([category]) => !valid(`${rule.metricId}.${category}`))) return [];
      const sum = counts.reduce((acc, [, count]) => acc + (typeof count === "number" ? count : 0), 0);
      return sum !== total ? [at(rule.metricId)] : [];
    }
    case "large-change": {
      if (!previous) return [];
      return Object.keys(values).flatMap((id) => {
        const metric = metricById(id);
        if (!metric || metric.frequency !== "quarterly" || !rule.units.includes(metric.unit) || !valid(id)) return [];
        const now = numberAt(values, id);
        const before = numberAt(previous, id);
        if (now === undefined || before === undefined || before === 0) return [];
        return Math.abs(now - before) > rule.maxRelativeChange * Math.abs(before)
          ? [{ metricId: id, code: rule.code, message: `${metric.label} went from ${before} last quarter to ${now}. ${rule.message}` }]
          : [];
      });
    }
  }
}

/**
 * Checks a return's MI values. `previous` is last quarter's values, for the quarter-on-quarter warning.
 * Rules only compare values that passed their own checks, so one wrong figure gives one error.
 */
export function checkMetricValues({ values, previous }: { values: MetricValues; previous?: MetricValues }): MetricCheck {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];

  for (const [id, value] of Object.entries(values)) {
    if (isAbsent(value)) continue;
    const metric = metricById(id);
    if (!metric) {
      errors.push({ metricId: id, code: "unknown-metric", message: `We do not collect "${id}". Remove it from the return.` });
      continue;
    }
    checkValue(metric, id, value, errors);
  }

  const invalid = new Set(errors.map((e) => e.metricId));
  const valid = (path: string) => !invalid.has(path);

  for (const rule of METRIC_RULES) {
    const issues = applyRule(rule, values, previous, valid);
    (rule.severity === "error" ? errors : warnings).push(...issues);
  }
  return { errors, warnings };
}
