"use client";

import type { Metric } from "@/catalogue/metric-model";
import type { FormState } from "@/schemas/form-state";
import { MetricInput } from "./metric-input";
import { ReturnSectionForm, type AutosaveResult } from "./return-section-form";
import { metricFieldName } from "@/domain/return/return-metrics";

/** One group of management information figures, each with last quarter's value beside it. */
export function MetricsGroupForm({
  action,
  autosave,
  version,
  metrics,
  saved,
  previous,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  autosave: (f: FormData) => Promise<AutosaveResult>;
  version: number;
  metrics: readonly Metric[];
  saved: Record<string, unknown>;
  previous: Record<string, unknown>;
}) {
  return (
    <ReturnSectionForm action={action} autosave={autosave} version={version} errorOrder={metrics.map((m) => metricFieldName(m.id))}>
      {(f) =>
        metrics.map((m) => (
          <MetricInput
            key={m.id}
            def={m}
            name={metricFieldName(m.id)}
            f={f}
            saved={saved[m.id]}
            previous={previous[m.id]}
            extraHint={m.level === "go-further" ? <span className="block">Optional: a ‘go further’ measure.</span> : undefined}
          />
        ))
      }
    </ReturnSectionForm>
  );
}
