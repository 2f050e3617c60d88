"use client";

import { DateInput } from "@/components/date-input";
import { Fieldset } from "@/components/fieldset";
import { HiddenFields } from "@/components/plan/hidden-fields";
import { sectionDateFieldProps, sectionFieldProps } from "@/components/section-field-props";
import { SectionForm } from "@/components/submission/section-form";
import { Textarea } from "@/components/textarea";
import type { FormField } from "@/domain/plan/form-fields";
import { fieldName } from "@/schemas/form-data";
import type { FormState } from "@/schemas/form-state";
import type { TFixedMilestoneEntry } from "@/schemas/plan/milestones";

export interface FixedMilestoneRow {
  id: string;
  label: string;
  /** "between 1 January 2023 and 30 June 2023" */
  window: string;
  needsDescription: boolean;
}

/** The dates of the programme's fixed milestones; the LA's own milestones travel as hidden fields. */
export function FixedMilestonesForm({
  action,
  version,
  milestones,
  saved,
  others,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  version: number;
  milestones: readonly FixedMilestoneRow[];
  saved: Record<string, TFixedMilestoneEntry | undefined>;
  others: readonly FormField[];
}) {
  const order = milestones.flatMap((m) => [fieldName("fixed", m.id, "date"), fieldName("fixed", m.id, "description")]);
  return (
    <SectionForm action={action} version={version} errorOrder={order}>
      {(f) => (
        <>
          <HiddenFields fields={others} />
          {milestones.map((m) => {
            const entry = saved[m.id];
            return (
              <Fieldset key={m.id} legend={m.label} legendSize="m" className="mb-[30px]">
                <DateInput
                  {...sectionDateFieldProps(f, fieldName("fixed", m.id, "date"), entry?.date)}
                  legend="Date"
                  hint={`It must be ${m.window}. For example, 1 3 2023`}
                />
                <Textarea
                  {...sectionFieldProps(f, fieldName("fixed", m.id, "description"), entry?.description)}
                  label={m.needsDescription ? "What will it look like for families in your area?" : "What will it look like for families? (optional)"}
                  rows={3}
                />
              </Fieldset>
            );
          })}
        </>
      )}
    </SectionForm>
  );
}
