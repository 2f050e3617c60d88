"use client";

import { ChoiceItemView } from "@/components/choice-item";
import { Fieldset } from "@/components/fieldset";
import { FormGroup } from "@/components/form-group";
import { Hint } from "@/components/hint";
import { labelWithContext } from "@/components/label-with-context";
import { HiddenFields } from "@/components/plan/hidden-fields";
import { sectionFieldProps } from "@/components/section-field-props";
import { Select } from "@/components/select";
import { SectionForm } from "@/components/submission/section-form";
import { Textarea } from "@/components/textarea";
import type { FormField } from "@/domain/plan/form-fields";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FormState } from "@/schemas/form-state";
import type { TChosenGoFurther } from "@/schemas/plan/go-further";

export interface GoFurtherOption {
  id: string;
  summary: string;
  /** How families reach it; none for the catalogue's "general" channel. */
  channel?: string;
}

/**
 * The catalogue's options for one strand, each a checkbox revealing its start quarter and local detail. Each option
 * posts under its own name (`chosen[<id>].selected`), so the group is built from single choices.
 */
export function GoFurtherForm({
  action,
  version,
  strandName,
  options,
  saved,
  others,
  quarters,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  version: number;
  strandName: string;
  options: readonly GoFurtherOption[];
  saved: Record<string, TChosenGoFurther>;
  others: readonly FormField[];
  quarters: readonly { value: string; text: string }[];
}) {
  const order = options.flatMap((o) => ["selected", "startQuarter", "detail"].map((field) => fieldName("chosen", o.id, field)));
  return (
    <SectionForm action={action} version={version} errorOrder={order}>
      {(f) => (
        <>
          <HiddenFields fields={others} />
          <FormGroup hasError={false}>
            <Fieldset legend={`Which options from the programme guide will you deliver for ${strandName}?`} legendSize="m" describedBy="options-hint">
              <Hint id="options-hint">Select all that apply, then say in which quarter each will start.</Hint>
              {options.map((o, i) => {
                const name = (field: string) => fieldName("chosen", o.id, field);
                const entry = saved[o.id];
                return (
                  <ChoiceItemView
                    key={o.id}
                    type="checkbox"
                    inputId={fieldId(name("selected"))}
                    name={name("selected")}
                    defaultChecked={f.value(name("selected"), entry ? "yes" : undefined) === "yes"}
                    inputProps={{}}
                    option={{
                      value: "yes",
                      label: o.summary,
                      hint: (
                        <>
                          {o.channel ? `${o.channel}. ` : ""}
                          <a href={`/catalogue#${o.id}`} className="govuk-link">
                            Read it in the catalogue<span className="sr-only">: {o.summary}</span>
                          </a>
                        </>
                      ),
                      conditional: (
                        <>
                          <Select
                            {...sectionFieldProps(f, name("startQuarter"), entry?.startQuarter)}
                            label={labelWithContext("In which quarter will it start?", `option ${i + 1}`)}
                            options={[{ value: "", text: "Select a quarter" }, ...quarters]}
                          />
                          <Textarea
                            {...sectionFieldProps(f, name("detail"), entry?.detail)}
                            label={labelWithContext("What will it look like locally? (optional)", `option ${i + 1}`)}
                            rows={2}
                          />
                        </>
                      ),
                    }}
                  />
                );
              })}
            </Fieldset>
          </FormGroup>
        </>
      )}
    </SectionForm>
  );
}
