import { DateInput } from "@/components/date-input";
import { Fieldset } from "@/components/fieldset";
import { TextInput } from "@/components/text-input";
import { SIGN_UP } from "@/catalogue/cohorts";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FieldAccess } from "../../form-values";

export function signatoriesOrder(): string[] {
  return SIGN_UP.signatories.flatMap((s) => [fieldName("signatories", s.id, "name"), fieldName("signatories", s.id, "dateSigned")]);
}

/** Error summary links for the date inputs go to the day box. */
export function signatoriesTargets(): Record<string, string> {
  return Object.fromEntries(SIGN_UP.signatories.map((s) => [fieldName("signatories", s.id, "dateSigned"), `#${fieldId(fieldName("signatories", s.id, "dateSigned"))}-day`]));
}

export function SignatoriesFields({ f }: { f: FieldAccess }) {
  return (
    <>
      <p>Each of these people must formally sign up to the programme. You can save this page with some answers missing.</p>
      {SIGN_UP.signatories.map((s) => {
        const name = fieldName("signatories", s.id, "name");
        const date = fieldName("signatories", s.id, "dateSigned");
        return (
          <Fieldset key={s.id} legend={s.label} legendSize="m">
            <TextInput id={fieldId(name)} name={name} label="Full name" autoComplete="off" error={f.error(name)} defaultValue={f.value(name)} />
            <DateInput
              id={fieldId(date)}
              name={date}
              legend="Date they signed"
              legendSize="s"
              hint="For example, 15 8 2022"
              error={f.error(date)}
              defaultValue={{ day: f.value(`${date}.day`), month: f.value(`${date}.month`), year: f.value(`${date}.year`) }}
            />
          </Fieldset>
        );
      })}
    </>
  );
}
