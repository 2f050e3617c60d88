"use client";

import { DateInput } from "@/components/date-input";
import { HiddenFields } from "@/components/plan/hidden-fields";
import { SectionForm } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import type { FormField } from "@/domain/plan/form-fields";
import { fieldId, fieldName } from "@/schemas/form-data";
import { dateParts } from "@/schemas/date-parts";
import type { FormState } from "@/schemas/form-state";
import type { TTransformationMilestone } from "@/schemas/plan/milestones";

/** One of the LA's transformation milestones at `index`; its `id` stays hidden so quarterly returns can refer to it. */
export function MilestoneForm({
  action,
  version,
  index,
  saved,
  others,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  version: number;
  index: number;
  saved?: TTransformationMilestone;
  others: readonly FormField[];
}) {
  const name = (field: keyof TTransformationMilestone) => fieldName("transformation", index, field);
  const parts = dateParts(saved?.date);
  const date = name("date");
  return (
    <SectionForm action={action} version={version} errorOrder={[name("title"), date, name("description")]}>
      {(f) => (
        <>
          <HiddenFields fields={others} />
          {/* Blank for a new milestone: the schema gives it an id. */}
          <input type="hidden" name={name("id")} value={saved?.id ?? ""} />
          <TextInput id={fieldId(name("title"))} name={name("title")} label="Milestone" labelSize="s" hint="What will be done, in a few words." defaultValue={f.value(name("title"), saved?.title)} error={f.error(name("title"))} />
          <DateInput
            id={fieldId(date)}
            name={date}
            legend="When will it be done?"
            legendSize="s"
            hint="For example, 30 6 2023"
            defaultValue={{ day: f.value(`${date}.day`, parts?.day), month: f.value(`${date}.month`, parts?.month), year: f.value(`${date}.year`, parts?.year) }}
            error={f.error(date)}
          />
          <Textarea
            id={fieldId(name("description"))}
            name={name("description")}
            label="Description (optional)"
            labelSize="s"
            rows={3}
            defaultValue={f.value(name("description"), saved?.description)}
            error={f.error(name("description"))}
          />
        </>
      )}
    </SectionForm>
  );
}
