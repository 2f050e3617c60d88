import { Checkboxes } from "@/components/checkboxes";
import { Textarea } from "@/components/textarea";
import { expectationsFor, getStrand } from "@/catalogue/lookup";
import { fieldId, fieldName } from "@/schemas/form-data";
import { GO_FURTHER_STRANDS } from "@/schemas/sign-up/go-further-intentions";
import type { FieldAccess } from "../../form-values";

export function goFurtherOrder(): string[] {
  return [...GO_FURTHER_STRANDS.map((s) => fieldName("goFurthers", s)), "otherIdeas"];
}

export function GoFurtherFields({ f }: { f: FieldAccess }) {
  return (
    <>
      <p>A provisional indication: you will give details in your delivery plan.</p>
      {GO_FURTHER_STRANDS.map((strand) => {
        const name = fieldName("goFurthers", strand);
        return (
          <Checkboxes
            key={strand}
            id={fieldId(name)}
            name={`${name}[]`}
            legend={getStrand(strand).name}
            legendSize="s"
            error={f.error(name)}
            defaultValue={f.checked(name)}
            items={expectationsFor({ strand, kind: "go-further" }).map((e) => ({ value: e.id, label: e.summary }))}
          />
        );
      })}
      <Textarea id="otherIdeas" name="otherIdeas" label="Other ideas for going further (optional)" error={f.error("otherIdeas")} defaultValue={f.value("otherIdeas")} />
    </>
  );
}
