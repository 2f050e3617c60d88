import { ErrorMessage } from "@/components/error-message";
import { Fieldset } from "@/components/fieldset";
import { Hint } from "@/components/hint";
import { TextInput } from "@/components/text-input";
import { SIGN_UP } from "@/catalogue/cohorts";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FieldAccess } from "../../form-values";

const SPARE_ROWS = 2;

/** Rows to show in a group: those with values, then spare blank rows (no JavaScript needed to add one). */
function rowCount(f: FieldAccess, id: string): number {
  let filled = 0;
  while (f.value(fieldName("consultees", id, filled, "name")) !== undefined || f.value(fieldName("consultees", id, filled, "role")) !== undefined) filled += 1;
  return filled + SPARE_ROWS;
}

export function consulteesOrder(): string[] {
  return SIGN_UP.consultees.flatMap((c) => [fieldName("consultees", c.id), ...Array.from({ length: 50 }, (_, i) => [fieldName("consultees", c.id, i, "name"), fieldName("consultees", c.id, i, "role")]).flat()]);
}

export function ConsulteesFields({ f }: { f: FieldAccess }) {
  return (
    <>
      <p>Give the name and role of each person or organisation you consulted. Leave spare rows blank; save the page to get more rows.</p>
      {SIGN_UP.consultees.map((c) => {
        const group = fieldName("consultees", c.id);
        const groupError = f.error(group);
        return (
          <Fieldset key={c.id} legend={c.label} legendSize="m">
            <div id={fieldId(group)} tabIndex={-1}>
              {"examples" in c && <Hint id={`${fieldId(group)}-hint`}>For example: {c.examples.join("; ")}</Hint>}
              {groupError && <ErrorMessage id={`${fieldId(group)}-error`}>{groupError}</ErrorMessage>}
            </div>
            {Array.from({ length: rowCount(f, c.id) }, (_, i) => {
              const name = fieldName("consultees", c.id, i, "name");
              const role = fieldName("consultees", c.id, i, "role");
              return (
                <div key={i} className="govuk-grid-row">
                  <div className="govuk-grid-column-one-half">
                    <TextInput id={fieldId(name)} name={name} label={`Name ${i + 1}`} labelSize="s" autoComplete="off" error={f.error(name)} defaultValue={f.value(name)} />
                  </div>
                  <div className="govuk-grid-column-one-half">
                    <TextInput id={fieldId(role)} name={role} label={`Role ${i + 1}`} labelSize="s" autoComplete="off" error={f.error(role)} defaultValue={f.value(role)} />
                  </div>
                </div>
              );
            })}
          </Fieldset>
        );
      })}
    </>
  );
}
