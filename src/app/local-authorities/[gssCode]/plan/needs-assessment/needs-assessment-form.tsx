"use client";

import { DateInput } from "@/components/date-input";
import { Radios } from "@/components/radios";
import { sectionDateFieldProps, sectionFieldProps } from "@/components/section-field-props";
import type { SectionFormProps } from "@/components/section-form-props";
import { SectionForm } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import type { TPlanNeedsAssessment } from "@/schemas/plan/needs-assessment";
import { NEEDS_ASSESSMENT_APPROACHES } from "@/schemas/plan/needs-assessment";
import { YEAR_ONE_END } from "@/catalogue/deadlines";
import { formatDate } from "@/domain/dates";

export function NeedsAssessmentForm({ action, version, saved }: SectionFormProps<TPlanNeedsAssessment>) {
  const planned = saved?.approach === "planned" ? saved : undefined;
  const recent = saved?.approach === "recent" ? saved : undefined;
  return (
    <SectionForm action={action} version={version} errorOrder={["approach", "plannedCompletionDate", "completedDate", "reference", "summary"]}>
      {(f) => (
        <>
          <Radios
            {...sectionFieldProps(f, "approach", saved?.approach)}
            legend="Will you complete a local population needs assessment in 2022 to 2023?"
            legendSize="m"
            hint="The programme asks for one within its first year, unless you have completed one recently."
            items={[
              {
                value: "planned",
                label: NEEDS_ASSESSMENT_APPROACHES[0].label,
                conditional: (
                  <DateInput
                    {...sectionDateFieldProps(f, "plannedCompletionDate", planned?.plannedCompletionDate)}
                    legend="When will it be complete?"
                    legendSize="s"
                    hint={`By ${formatDate(YEAR_ONE_END)}. For example, 28 2 2023`}
                  />
                ),
              },
              {
                value: "recent",
                label: NEEDS_ASSESSMENT_APPROACHES[1].label,
                conditional: (
                  <>
                    <DateInput
                      {...sectionDateFieldProps(f, "completedDate", recent?.completedDate)}
                      legend="When was it completed?"
                      legendSize="s"
                      hint="For example, 30 9 2021"
                    />
                    <TextInput {...sectionFieldProps(f, "reference", recent?.reference)} label="Title or web address of the needs assessment" labelSize="s" />
                  </>
                ),
              },
            ]}
          />
          <Textarea
            {...sectionFieldProps(f, "summary", saved?.summary)}
            label="Summary (optional)"
            labelSize="m"
            hint="What the assessment covers or found, and how it shapes this plan."
            rows={5}
          />
        </>
      )}
    </SectionForm>
  );
}
