"use client";

import { HiddenFields } from "@/components/plan/hidden-fields";
import { Select } from "@/components/select";
import { SectionForm } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import type { FormField } from "@/domain/plan/form-fields";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FormState } from "@/schemas/form-state";
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
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  version: number;
  index: number;
  strand: string;
  saved?: TOwnGoFurther;
  others: readonly FormField[];
  quarters: readonly { value: string; text: string }[];
}) {
  const name = (field: keyof TOwnGoFurther) => fieldName("own", index, field);
  return (
    <SectionForm action={action} version={version} errorOrder={[name("title"), name("description"), name("strand"), name("startQuarter")]}>
      {(f) => (
        <>
          <HiddenFields fields={others} />
          <input type="hidden" name={name("strand")} value={strand} />
          <TextInput id={fieldId(name("title"))} name={name("title")} label="Title" labelSize="s" defaultValue={f.value(name("title"), saved?.title)} error={f.error(name("title"))} />
          <Textarea
            id={fieldId(name("description"))}
            name={name("description")}
            label="Description"
            labelSize="s"
            hint="What you will do, for whom, and how it goes further than the minimum expectations."
            rows={5}
            defaultValue={f.value(name("description"), saved?.description)}
            error={f.error(name("description"))}
          />
          <Select
            id={fieldId(name("startQuarter"))}
            name={name("startQuarter")}
            label="In which quarter will it start?"
            labelSize="s"
            options={[{ value: "", text: "Select a quarter" }, ...quarters]}
            defaultValue={f.value(name("startQuarter"), saved?.startQuarter)}
            error={f.error(name("startQuarter"))}
          />
        </>
      )}
    </SectionForm>
  );
}
