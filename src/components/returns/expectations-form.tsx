"use client";

import type { Expectation } from "@/catalogue/types";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FormState } from "@/schemas/form-state";
import { EXPECTATION_PROGRESS, EXPECTATION_PROGRESS_LABELS, type TReturnExpectations } from "@/schemas/return/minimum-expectations";
import { ReturnSectionForm, type AutosaveResult } from "./return-section-form";

/** Progress on one strand's minimum expectations. Moving one back from met asks why. */
export function ExpectationsForm({
  action,
  autosave,
  version,
  expectations,
  saved,
  previous,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  autosave: (f: FormData) => Promise<AutosaveResult>;
  version: number;
  expectations: readonly Pick<Expectation, "id" | "summary">[];
  saved?: TReturnExpectations;
  previous?: TReturnExpectations;
}) {
  const order = expectations.flatMap((e) => ["progress", "evidence", "noLongerMetReason"].map((field) => fieldName("expectations", e.id, field)));
  return (
    <ReturnSectionForm action={action} autosave={autosave} version={version} errorOrder={order}>
      {(f) =>
        expectations.map((e, i) => {
          const name = (field: string) => fieldName("expectations", e.id, field);
          const update = saved?.expectations[e.id];
          const wasMet = previous?.expectations[e.id]?.progress === "met";
          return (
            <section key={e.id} aria-labelledby={`expectation-${i}-heading`} className="mb-8 border-b border-govuk-border pb-4">
              <h2 id={`expectation-${i}-heading`} className="govuk-heading-s">
                {e.summary}
              </h2>
              <Radios
                id={fieldId(name("progress"))}
                name={name("progress")}
                legend={
                  <>
                    Progress<span className="sr-only"> on {e.summary}</span>
                  </>
                }
                legendSize="s"
                hint={wasMet ? "Last quarter: met." : undefined}
                defaultValue={f.value(name("progress"), update?.progress)}
                error={f.error(name("progress"))}
                items={EXPECTATION_PROGRESS.map((p) => ({ value: p, label: EXPECTATION_PROGRESS_LABELS[p] }))}
              />
              <Textarea
                id={fieldId(name("evidence"))}
                name={name("evidence")}
                label={
                  <>
                    Evidence<span className="sr-only"> for {e.summary}</span>
                  </>
                }
                labelSize="s"
                hint="Required when met: what shows it is in place."
                rows={2}
                defaultValue={f.value(name("evidence"), update?.evidence)}
                error={f.error(name("evidence"))}
              />
              {wasMet && (
                <Textarea
                  id={fieldId(name("noLongerMetReason"))}
                  name={name("noLongerMetReason")}
                  label={
                    <>
                      If it is no longer met, why?<span className="sr-only"> ({e.summary})</span>
                    </>
                  }
                  labelSize="s"
                  rows={2}
                  defaultValue={f.value(name("noLongerMetReason"), update?.noLongerMetReason)}
                  error={f.error(name("noLongerMetReason"))}
                />
              )}
            </section>
          );
        })
      }
    </ReturnSectionForm>
  );
}
