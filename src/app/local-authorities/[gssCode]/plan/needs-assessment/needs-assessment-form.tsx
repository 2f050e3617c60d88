"use client";

import { DateInput } from "@/components/date-input";
import { Radios } from "@/components/radios";
import { SectionForm, type SectionFields } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { dateParts } from "@/schemas/date-parts";
import type { FormState } from "@/schemas/form-state";
import type { TPlanNeedsAssessment } from "@/schemas/plan/needs-assessment";
import { NEEDS_ASSESSMENT_APPROACHES } from "@/schemas/plan/needs-assessment";

function dateValue(f: SectionFields, name: string, saved: string | undefined) {
  const parts = dateParts(saved);
  return { day: f.value(`${name}.day`, parts?.day), month: f.value(`${name}.month`, parts?.month), year: f.value(`${name}.year`, parts?.year) };
}

export function NeedsAssessmentForm({ action, version, saved }: { action: (s: FormState, f: FormData) => Promise<FormState>; version: number; saved?: TPlanNeedsAssessment }) {
  const planned = saved?.approach === "planned" ? saved : undefined;
  const recent = saved?.approach === "recent" ? saved : undefined;
  return (
    <SectionForm action={action} version={version} errorOrder={["approach", "plannedCompletionDate", "completedDate", "reference", "summary"]}>
      {(f) => (
        <>
          <Radios
            id="approach"
            name="approach"
            legend="Will you complete a local population needs assessment in 2022 to 2023?"
            legendSize="m"
            hint="The programme asks for one within its first year, unless you have completed one recently."
            defaultValue={f.value("approach", saved?.approach)}
            error={f.error("approach")}
            items={[
              {
                value: "planned",
                label: NEEDS_ASSESSMENT_APPROACHES[0].label,
                conditional: (
                  <DateInput
                    id="plannedCompletionDate"
                    name="plannedCompletionDate"
                    legend="When will it be complete?"
                    legendSize="s"
                    hint="By 31 March 2023. For example, 28 2 2023"
                    defaultValue={dateValue(f, "plannedCompletionDate", planned?.plannedCompletionDate)}
                    error={f.error("plannedCompletionDate")}
                  />
                ),
              },
              {
                value: "recent",
                label: NEEDS_ASSESSMENT_APPROACHES[1].label,
                conditional: (
                  <>
                    <DateInput
                      id="completedDate"
                      name="completedDate"
                      legend="When was it completed?"
                      legendSize="s"
                      hint="For example, 30 9 2021"
                      defaultValue={dateValue(f, "completedDate", recent?.completedDate)}
                      error={f.error("completedDate")}
                    />
                    <TextInput
                      id="reference"
                      name="reference"
                      label="Title or web address of the needs assessment"
                      labelSize="s"
                      defaultValue={f.value("reference", recent?.reference)}
                      error={f.error("reference")}
                    />
                  </>
                ),
              },
            ]}
          />
          <Textarea
            id="summary"
            name="summary"
            label="Summary (optional)"
            labelSize="m"
            hint="What the assessment covers or found, and how it shapes this plan."
            rows={5}
            defaultValue={f.value("summary", saved?.summary)}
            error={f.error("summary")}
          />
        </>
      )}
    </SectionForm>
  );
}
