"use client";

import { DateInput } from "@/components/date-input";
import { HiddenFields } from "@/components/plan/hidden-fields";
import { sectionDateFieldProps, sectionFieldProps } from "@/components/section-field-props";
import type { ListItemFormProps } from "@/components/section-form-props";
import { SectionForm } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { fieldName } from "@/schemas/form-data";
import type { TTransformationMilestone } from "@/schemas/plan/milestones";

/** One of the LA's transformation milestones at `index`; its `id` stays hidden so quarterly returns can refer to it. */
export function MilestoneForm({ action, version, index, saved, others }: ListItemFormProps<TTransformationMilestone>) {
  const name = (field: keyof TTransformationMilestone) => fieldName("transformation", index, field);
  return (
    <SectionForm action={action} version={version} errorOrder={[name("title"), name("date"), name("description")]}>
      {(f) => (
        <>
          <HiddenFields fields={others} />
          {/* Blank for a new milestone: the schema gives it an id. */}
          <input type="hidden" name={name("id")} value={saved?.id ?? ""} />
          <TextInput {...sectionFieldProps(f, name("title"), saved?.title)} label="Milestone" labelSize="s" hint="What will be done, in a few words." />
          <DateInput {...sectionDateFieldProps(f, name("date"), saved?.date)} legend="When will it be done?" legendSize="s" hint="For example, 30 6 2023" />
          <Textarea {...sectionFieldProps(f, name("description"), saved?.description)} label="Description (optional)" labelSize="s" rows={3} />
        </>
      )}
    </SectionForm>
  );
}
