"use client";

import { Checkboxes } from "@/components/checkboxes";
import { labelWithContext } from "@/components/label-with-context";
import { sectionFieldProps } from "@/components/section-field-props";
import type { ReturnSectionFormProps } from "@/components/section-form-props";
import { Select } from "@/components/select";
import type { SectionFields } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { TReturnSuccesses, TSuccess } from "@/schemas/return/successes";
import { ReturnSectionForm } from "./return-section-form";
import { RowSection, rowsErrorOrder, STRAND_OPTIONS } from "./return-rows";

function SuccessRow({ index, success, f }: { index: number; success?: TSuccess; f: SectionFields }) {
  const name = (field: string) => fieldName("successes", index, field);
  const title = success?.title ?? "new success";
  const label = (text: string) => labelWithContext(text, title);
  return (
    <RowSection headingId={`success-${index}-heading`} heading={success ? `Success ${index + 1}: ${success.title}` : "Add a success (optional)"}>
      <TextInput {...sectionFieldProps(f, name("title"), success?.title)} label={label("Title")} labelSize="s" />
      <Textarea {...sectionFieldProps(f, name("description"), success?.description)} label={label("What happened and why it worked")} labelSize="s" rows={4} />
      <Select {...sectionFieldProps(f, name("strand"), success?.strand ?? "")} label={label("Strand (optional)")} labelSize="s" options={STRAND_OPTIONS} />
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
    </RowSection>
  );
}

export function SuccessesForm({ action, autosave, version, saved }: ReturnSectionFormProps<TReturnSuccesses>) {
  const successes = saved?.successes ?? [];
  const order = [...rowsErrorOrder("successes", successes.length + 1, ["title", "description", "strand"]), "nothingToReport"];
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
