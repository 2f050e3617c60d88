"use client";

import { STRANDS } from "@/catalogue/lookup";
import { Checkboxes } from "@/components/checkboxes";
import { Select } from "@/components/select";
import type { SectionFields } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FormState } from "@/schemas/form-state";
import type { TReturnSuccesses, TSuccess } from "@/schemas/return/successes";
import { ReturnSectionForm, type AutosaveResult } from "./return-section-form";

function SuccessRow({ index, success, f }: { index: number; success?: TSuccess; f: SectionFields }) {
  const name = (field: string) => fieldName("successes", index, field);
  const title = success?.title ?? "new success";
  return (
    <section aria-labelledby={`success-${index}-heading`} className="mb-8 border-b border-govuk-border pb-4">
      <h2 id={`success-${index}-heading`} className="govuk-heading-m">
        {success ? `Success ${index + 1}: ${success.title}` : "Add a success (optional)"}
      </h2>
      <TextInput id={fieldId(name("title"))} name={name("title")} label={<>Title<span className="sr-only"> ({title})</span></>} labelSize="s" defaultValue={f.value(name("title"), success?.title)} error={f.error(name("title"))} />
      <Textarea
        id={fieldId(name("description"))}
        name={name("description")}
        label={<>What happened and why it worked<span className="sr-only"> ({title})</span></>}
        labelSize="s"
        rows={4}
        defaultValue={f.value(name("description"), success?.description)}
        error={f.error(name("description"))}
      />
      <Select
        id={fieldId(name("strand"))}
        name={name("strand")}
        label={<>Strand (optional)<span className="sr-only"> ({title})</span></>}
        labelSize="s"
        defaultValue={f.value(name("strand"), success?.strand) ?? ""}
        error={f.error(name("strand"))}
        options={[{ value: "", text: "Not specific to one strand" }, ...STRANDS.map((s) => ({ value: s.id, text: s.name }))]}
      />
      <Checkboxes
        id={fieldId(name("shareWithOtherAreas"))}
        name={name("shareWithOtherAreas")}
        legend={<span className="sr-only">Sharing ({title})</span>}
        defaultValue={f.values(name("shareWithOtherAreas"), success?.shareWithOtherAreas ? ["yes"] : [])}
        items={[{ value: "yes", label: "The National Centre for Family Hubs may share this with other areas" }]}
      />
      {success && (
        <Checkboxes
          id={fieldId(name("remove"))}
          name={name("remove")}
          legend={<span className="sr-only">Remove ({title})</span>}
          items={[{ value: "yes", label: "Remove this success" }]}
        />
      )}
    </section>
  );
}

export function SuccessesForm({
  action,
  autosave,
  version,
  saved,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  autosave: (f: FormData) => Promise<AutosaveResult>;
  version: number;
  saved?: TReturnSuccesses;
}) {
  const successes = saved?.successes ?? [];
  const order = [...Array.from({ length: successes.length + 1 }, (_, i) => ["title", "description", "strand"].map((field) => fieldName("successes", i, field))).flat(), "nothingToReport"];
  return (
    <ReturnSectionForm action={action} autosave={autosave} version={version} errorOrder={order} addAnotherText="Save and add another success">
      {(f) => (
        <>
          {successes.map((s, i) => (
            <SuccessRow key={`${i}-${s.title}`} index={i} success={s} f={f} />
          ))}
          <SuccessRow key={`new-${successes.length}`} index={successes.length} f={f} />
          <Checkboxes
            id="nothingToReport"
            name="nothingToReport"
            legend="If you have nothing to share"
            legendSize="s"
            defaultValue={f.values("nothingToReport", saved?.nothingToReport ? ["yes"] : [])}
            error={f.error("nothingToReport")}
            items={[{ value: "yes", label: "We have no successes or good practice to report this quarter" }]}
          />
        </>
      )}
    </ReturnSectionForm>
  );
}
