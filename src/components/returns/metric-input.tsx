"use client";

import type { ReactNode } from "react";
import type { Metric, MetricField } from "@/catalogue/metric-model";
import { Checkboxes } from "@/components/checkboxes";
import { DateInput } from "@/components/date-input";
import { Fieldset } from "@/components/fieldset";
import { Radios } from "@/components/radios";
import type { SectionFields } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { fieldId } from "@/schemas/form-data";
import { dateParts } from "@/schemas/date-parts";
import { formatMetricInput } from "@/schemas/return/metric-value";

const UNIT_SUFFIX: Partial<Record<string, string>> = { percentage: "%", days: "days", hours: "hours", "times-per-year": "a year" };
const NUMERIC = new Set(["count", "percentage", "days", "hours", "times-per-year"]);

function lastQuarter(value: unknown, format: (v: unknown) => string = formatMetricInput): ReactNode {
  const text = format(value);
  return text ? (
    <span className="block" data-last-quarter={text}>
      Last quarter: {text}
    </span>
  ) : null;
}

function hintOf(def: Metric | MetricField, previous: ReactNode, extra?: ReactNode): ReactNode {
  if (!def.helpText && !previous && !extra) return undefined;
  return (
    <>
      {def.helpText && <span className="block">{def.helpText}</span>}
      {extra}
      {previous}
    </>
  );
}

/**
 * One management information value as a GOV.UK input chosen by its unit, named so the posted form parses
 * to the value the schema expects (see metric-value.ts), with last quarter's value beside it when known.
 */
export function MetricInput({
  def,
  name,
  f,
  saved,
  previous,
  showPrevious = true,
  labelSuffix,
  extraHint,
}: {
  def: Metric | MetricField;
  name: string;
  f: SectionFields;
  saved: unknown;
  previous?: unknown;
  showPrevious?: boolean;
  /** Visually hidden words that make a repeated label unique, e.g. " (service 2)". */
  labelSuffix?: string;
  extraHint?: ReactNode;
}) {
  const id = fieldId(name);
  const label = (
    <>
      {def.label}
      {labelSuffix && <span className="sr-only">{labelSuffix}</span>}
    </>
  );
  const prev = showPrevious && previous !== undefined ? lastQuarter(previous) : null;

  if (NUMERIC.has(def.unit)) {
    return (
      <TextInput
        id={id}
        name={name}
        label={label}
        hint={hintOf(def, prev, extraHint)}
        width={def.unit === "count" ? 10 : 5}
        inputMode="decimal"
        suffix={UNIT_SUFFIX[def.unit]}
        spellCheck={false}
        defaultValue={f.value(name, formatMetricInput(saved))}
        error={f.error(name)}
      />
    );
  }
  switch (def.unit) {
    case "text":
      return <Textarea id={id} name={name} label={label} hint={hintOf(def, prev, extraHint)} rows={3} defaultValue={f.value(name, typeof saved === "string" ? saved : "")} error={f.error(name)} />;
    case "boolean":
      return (
        <Radios
          id={id}
          name={name}
          legend={label}
          legendSize="s"
          inline
          hint={hintOf(def, prev, extraHint)}
          defaultValue={f.value(name, saved === true ? "yes" : saved === false ? "no" : undefined)}
          error={f.error(name)}
          items={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
        />
      );
    case "date": {
      const parts = dateParts(typeof saved === "string" ? saved : undefined);
      return (
        <DateInput
          id={id}
          name={name}
          legend={label}
          legendSize="s"
          hint={hintOf(def, prev, extraHint ?? "For example, 27 3 2023")}
          defaultValue={{ day: f.value(`${name}.day`, parts?.day), month: f.value(`${name}.month`, parts?.month), year: f.value(`${name}.year`, parts?.year) }}
          error={f.error(name)}
        />
      );
    }
    case "choice":
      return (
        <Radios
          id={id}
          name={name}
          legend={label}
          legendSize="s"
          hint={hintOf(def, prev, extraHint)}
          defaultValue={f.value(name, typeof saved === "string" ? saved : undefined)}
          error={f.error(name)}
          items={(def.options ?? []).map((o) => ({ value: o.id, label: o.label }))}
        />
      );
    case "choices": {
      const labels = (v: unknown) => (Array.isArray(v) ? v.map((id) => def.options?.find((o) => o.id === id)?.label ?? String(id)).join("; ") : "");
      return (
        <Checkboxes
          id={id}
          name={`${name}[]`}
          legend={label}
          legendSize="s"
          hint={hintOf(def, showPrevious && previous !== undefined ? lastQuarter(previous, labels) : null, extraHint ?? "Select all that apply.")}
          defaultValue={f.values(`${name}[]`, Array.isArray(saved) ? saved.map(String) : [])}
          error={f.error(name)}
          items={(def.options ?? []).map((o) => ({ value: o.id, label: o.label }))}
        />
      );
    }
    case "breakdown": {
      const counts = saved && typeof saved === "object" && !Array.isArray(saved) ? (saved as Record<string, number>) : {};
      const before = previous && typeof previous === "object" && !Array.isArray(previous) ? (previous as Record<string, number>) : {};
      return (
        <div id={id} className="mb-8">
          <Fieldset legend={label} legendSize="s">
            {def.helpText && <p className="govuk-body-s text-govuk-secondary-text">{def.helpText}</p>}
            {f.error(name) && <p className="govuk-body font-bold text-govuk-error">{f.error(name)}</p>}
            {(def.options ?? []).map((o) => {
              const part = `${name}.${o.id}`;
              return (
                <TextInput
                  key={o.id}
                  id={fieldId(part)}
                  name={part}
                  label={o.label}
                  hint={showPrevious && before[o.id] !== undefined ? lastQuarter(before[o.id]) : undefined}
                  width={10}
                  inputMode="numeric"
                  spellCheck={false}
                  defaultValue={f.value(part, counts[o.id] === undefined ? "" : String(counts[o.id]))}
                  error={f.error(part)}
                />
              );
            })}
          </Fieldset>
        </div>
      );
    }
    default:
      return null;
  }
}
