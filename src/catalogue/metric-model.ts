// The shape of the management information (MI) catalogue and the builders its data files use. The data is in
// metrics-programme.ts and metrics-strand.ts, gathered with its rules in metrics.ts.
import type { ExpectationKind, GuideRef, StrandId } from "./types";

export const METRIC_UNITS = [
  "count",
  "percentage",
  "boolean",
  "days",
  "hours",
  "times-per-year",
  "text",
  "date",
  /** One option from `options`. */
  "choice",
  /** Any number of options from `options`, no repeats. */
  "choices",
  /** A count for each of `options`, e.g. service users by ethnicity. */
  "breakdown",
  /** A list of records, each with the `fields` given, e.g. the register of services. */
  "records",
] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export const METRIC_FREQUENCIES = [
  "quarterly",
  "annual",
  /** Gathered by the national evaluation teams, not in the local authority's return. */
  "evaluation",
] as const;
export type MetricFrequency = (typeof METRIC_FREQUENCIES)[number];

export interface MetricOption {
  /** Stable id, stored with the value. */
  id: string;
  label: string;
}

interface FieldCommon {
  label: string;
  unit: MetricUnit;
  helpText?: string;
  /** Inclusive lower bound for numeric units. */
  min?: number;
  /** Inclusive upper bound for numeric units. */
  max?: number;
  /** Numeric values must be whole numbers. */
  integer?: boolean;
  /** Upper limit on the length of a text value. */
  maxLength?: number;
  options?: readonly MetricOption[];
}

/** One field of a "records" metric. Record fields are never "records" themselves. */
export interface MetricField extends FieldCommon {
  id: string;
  /** The field must be filled in on every record. */
  required?: boolean;
}

export interface Metric extends FieldCommon {
  /** Stable id, `<strand>.<name>`. Never reuse or rename: returns store it. */
  id: string;
  /** "family-hubs" for the programme monitoring MI. */
  strand: StrandId;
  level: ExpectationKind;
  frequency: MetricFrequency;
  guideRef: GuideRef;
  fields?: readonly MetricField[];
}

export type RuleSeverity = "error" | "warning";

interface RuleCommon {
  id: string;
  severity: RuleSeverity;
  /** Stable code carried by the issue, e.g. "exclusive-above-any". */
  code: string;
  /** Plain-English message, saying how to put it right. */
  message: string;
  guideRef: GuideRef;
}

/** `metricId` must not be above `limitMetricId` (both numeric, same return). */
export interface NotAboveRule extends RuleCommon {
  kind: "not-above";
  metricId: string;
  limitMetricId: string;
}

/** Within each record of `metricId`, field `fieldId` must not be above field `limitFieldId`. */
export interface RecordNotAboveRule extends RuleCommon {
  kind: "record-not-above";
  metricId: string;
  fieldId: string;
  limitFieldId: string;
}

/** `metricId`, when given, should be at least `min`. */
export interface AtLeastRule extends RuleCommon {
  kind: "at-least";
  metricId: string;
  min: number;
}

/** When `whenMetricId` is true, `thenMetricId` must be given (non-empty). */
export interface DetailRequiredRule extends RuleCommon {
  kind: "detail-required";
  whenMetricId: string;
  thenMetricId: string;
}

/** The counts of breakdown `metricId` should add up to `totalMetricId`. */
export interface BreakdownTotalRule extends RuleCommon {
  kind: "breakdown-total";
  metricId: string;
  totalMetricId: string;
}

/** A numeric quarterly value that moved by more than `maxRelativeChange` of last quarter's value. */
export interface LargeChangeRule extends RuleCommon {
  kind: "large-change";
  maxRelativeChange: number;
  units: readonly MetricUnit[];
  interpretation: string;
}

export type MetricRule =
  | NotAboveRule
  | RecordNotAboveRule
  | AtLeastRule
  | DetailRequiredRule
  | BreakdownTotalRule
  | LargeChangeRule;

type Extra = Partial<Omit<Metric, "id" | "strand" | "level" | "frequency" | "guideRef" | "label" | "unit">> & {
  frequency?: MetricFrequency;
};

const TEXT_MAX_LENGTH = 2000;

/** Explicit bounds for each numeric unit, so every metric states its limits in the data. */
export function defaultBounds(unit: MetricUnit): Pick<FieldCommon, "min" | "max" | "integer" | "maxLength"> {
  switch (unit) {
    case "count":
    case "breakdown":
      return { min: 0, integer: true };
    case "percentage":
      return { min: 0, max: 100 };
    case "times-per-year":
      return { min: 0, max: 365, integer: true };
    case "hours":
    case "days":
      return { min: 0 };
    case "text":
      return { maxLength: TEXT_MAX_LENGTH };
    default:
      return {};
  }
}

/** A record field with the default bounds of its unit. */
export function field(id: string, label: string, unit: Exclude<MetricUnit, "records">, extra: Partial<MetricField> = {}): MetricField {
  return { id, label, unit, ...defaultBounds(unit), ...extra };
}

/**
 * Returns a builder for the metrics under one heading of the guide, so each entry only states what is
 * particular to it. Bounds default to those of the unit.
 */
export function metricGroup(context: {
  strand: StrandId;
  level: ExpectationKind;
  frequency: MetricFrequency;
  heading: string;
}) {
  return (id: string, label: string, unit: MetricUnit, extra: Extra = {}): Metric => ({
    id: `${context.strand}.${id}`,
    strand: context.strand,
    label,
    unit,
    level: context.level,
    frequency: context.frequency,
    guideRef: { document: "programme-guide", heading: context.heading },
    ...defaultBounds(unit),
    ...extra,
  });
}
