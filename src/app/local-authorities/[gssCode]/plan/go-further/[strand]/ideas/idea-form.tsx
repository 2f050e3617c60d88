"use client";

import { HiddenFields } from "@/components/plan/hidden-fields";
import { sectionFieldProps } from "@/components/section-field-props";
import type { ListItemFormProps } from "@/components/section-form-props";
import { Select } from "@/components/select";
import { SectionForm } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { fieldName } from "@/schemas/form-data";
import type { TOwnGoFurther } from "@/schemas/plan/go-further";

/** One of the LA's own ideas at `index` of the section's list; the rest of the section travels as hidden fields. */
export function IdeaForm({
  action,
  version,
  index,
  strand,
  saved,
  others,
  quarters,
}: ListItemFormProps<TOwnGoFurther> & { strand: string; quarters: readonly { value: string; text: string }[] }) {
  const name = (field: keyof TOwnGoFurther) => fieldName("own", index, field);
  return (
    <SectionForm action={action} version={version} errorOrder={[name("title"), name("description"), name("strand"), name("startQuarter")]}>
      {(f) => (
        <>
          <HiddenFields fields={others} />
          <input type="hidden" name={name("strand")} value={strand} />
          <TextInput {...sectionFieldProps(f, name("title"), saved?.title)} label="Title" labelSize="s" />
          <Textarea
            {...sectionFieldProps(f, name("description"), saved?.description)}
            label="Description"
            labelSize="s"
            hint="What you will do, for whom, and how it goes further than the minimum expectations."
            rows={5}
          />
          <Select
            {...sectionFieldProps(f, name("startQuarter"), saved?.startQuarter)}
            label="In which quarter will it start?"
            labelSize="s"
            options={[{ value: "", text: "Select a quarter" }, ...quarters]}
          />
        </>
      )}
    </SectionForm>
  );
}
