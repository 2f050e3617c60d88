import { Checkboxes } from "@/components/checkboxes";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import type { FieldAccess } from "../../form-values";

export const EIF_ORDER = ["request", "maturity", "needs", "willingToEngage"];
export const RESEARCH_ORDER = ["interested", "contactName", "contactEmail", "birthRegistration", "approaches"];

export function EifFields({ f }: { f: FieldAccess }) {
  return (
    <Radios
      id="request"
      name="request"
      legend="Would you like to be considered for support from the Early Intervention Foundation?"
      legendSize="m"
      hint="Up to 15 areas get support, usually those at the start of developing their family hub system. Trailblazers cannot receive it."
      error={f.error("request")}
      defaultValue={f.value("request")}
      items={[
        {
          value: "yes",
          label: "Yes",
          conditional: (
            <>
              <Textarea id="maturity" name="maturity" label="How developed is your family hub system?" hint="For example, from a recent self-assessment or the EIF maturity matrix" error={f.error("maturity")} defaultValue={f.value("maturity")} />
              <Textarea id="needs" name="needs" label="What would you want the support to help with?" error={f.error("needs")} defaultValue={f.value("needs")} />
              <Checkboxes
                id="willingToEngage"
                name="willingToEngage"
                error={f.error("willingToEngage")}
                defaultValue={f.checked("willingToEngage")}
                items={[{ value: "yes", label: "Our area is willing and able to give the support the sustained commitment it needs" }]}
              />
            </>
          ),
        },
        { value: "no", label: "No" },
      ]}
    />
  );
}

export function ResearchFields({ f }: { f: FieldAccess }) {
  return (
    <Radios
      id="interested"
      name="interested"
      legend="Is your area interested in taking part in the research on early awareness and take-up of family hub services?"
      legendSize="m"
      hint="Registering interest commits you to nothing. We will send an expression of interest form to your contact."
      error={f.error("interested")}
      defaultValue={f.value("interested")}
      items={[
        {
          value: "yes",
          label: "Yes",
          conditional: (
            <>
              <TextInput id="contactName" name="contactName" label="Contact's full name" autoComplete="off" error={f.error("contactName")} defaultValue={f.value("contactName")} />
              <TextInput id="contactEmail" name="contactEmail" type="email" spellCheck={false} label="Contact's email address" autoComplete="off" error={f.error("contactEmail")} defaultValue={f.value("contactEmail")} />
              <Radios
                id="birthRegistration"
                name="birthRegistration"
                legend="Do you offer birth registration in family hubs? (optional)"
                legendSize="s"
                error={f.error("birthRegistration")}
                defaultValue={f.value("birthRegistration")}
                items={[
                  { value: "yes", label: "Yes" },
                  { value: "planned", label: "Planned" },
                  { value: "no", label: "No" },
                ]}
              />
              <Textarea id="approaches" name="approaches" label="How do you raise awareness of family hubs? (optional)" error={f.error("approaches")} defaultValue={f.value("approaches")} />
            </>
          ),
        },
        { value: "no", label: "No" },
      ]}
    />
  );
}
