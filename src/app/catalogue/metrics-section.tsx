import type { Metric } from "@/catalogue/metric-model";
import { METRICS } from "@/catalogue/metrics";
import { STRANDS } from "@/catalogue/strands";
import { Details } from "@/components/details";
import { Table } from "@/components/table";
import { FREQUENCY_LABELS, UNIT_LABELS } from "./catalogue-labels";

const number = new Intl.NumberFormat("en-GB");

function bounds(m: Metric): string {
  const suffix = m.unit === "percentage" ? "%" : "";
  const whole = m.integer ? ", whole numbers" : "";
  if (m.min !== undefined && m.max !== undefined) return `${number.format(m.min)}${suffix} to ${number.format(m.max)}${suffix}${whole}`;
  if (m.min !== undefined) return `${number.format(m.min)}${suffix} or more${whole}`;
  if (m.max !== undefined) return `Up to ${number.format(m.max)}${suffix}${whole}`;
  if (m.maxLength !== undefined) return `Up to ${number.format(m.maxLength)} characters`;
  return "None";
}

export function MetricsSection() {
  const groups = STRANDS.map((strand) => ({ strand, metrics: METRICS.filter((m) => m.strand === strand.id) })).filter(
    (g) => g.metrics.length > 0,
  );
  return (
    <Details id="metrics" summary="Management information metrics">
      <p className="govuk-body">
        {METRICS.length} metrics. The family hubs transformation strand holds the programme monitoring information.
      </p>
      {groups.map(({ strand, metrics }) => (
        <Table
          key={strand.id}
          caption={strand.name}
          captionSize="s"
          head={["Metric", "Unit", "Level", "Collected", "Bounds"]}
          rowKeys={metrics.map((m) => m.id)}
          rows={metrics.map((m) => [
            <>
              {m.label}
              <span className="govuk-font-16 mt-1 block text-govuk-secondary-text wrap-break-word">Id: {m.id}</span>
            </>,
            UNIT_LABELS[m.unit],
            m.level === "minimum" ? "Minimum" : "Go further",
            FREQUENCY_LABELS[m.frequency],
            bounds(m),
          ])}
        />
      ))}
    </Details>
  );
}
