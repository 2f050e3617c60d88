"use client";

import { formatPounds } from "@/catalogue/funding";
import type { GrantStatementKind } from "@/catalogue/calendar";
import { Fieldset } from "@/components/fieldset";
import { SectionForm } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FormState } from "@/schemas/form-state";
import type { SpendLineView } from "./spend-lines";

/** Pence as typed pounds ("1,234.50"), so a saved figure re-posts to itself. */
const asPounds = (pence: number | undefined) => (pence === undefined ? undefined : formatPounds(pence, { showPence: true }).replace("£", ""));

/** Spend (and on the interim statement the forecast) per funding line, with the allocation beside each. */
export function SpendForm({ action, version, kind, lines }: { action: (s: FormState, f: FormData) => Promise<FormState>; version: number; kind: GrantStatementKind; lines: SpendLineView[] }) {
  const names = lines.flatMap((l) => [fieldName("lines", l.id, "spendPence"), ...(kind === "interim" ? [fieldName("lines", l.id, "forecastPence")] : [])]);
  return (
    <SectionForm action={action} version={version} errorOrder={names}>
      {(f) =>
        lines.map((l) => {
          const spend = fieldName("lines", l.id, "spendPence");
          const forecast = fieldName("lines", l.id, "forecastPence");
          return (
            <Fieldset key={l.id} legend={l.label} legendSize="m">
              <p className="govuk-body">
                Allocation for the year: <strong>{l.allocationPence === null ? "none" : formatPounds(l.allocationPence, { showPence: true })}</strong>
              </p>
              <TextInput
                id={fieldId(spend)}
                name={spend}
                label={kind === "interim" ? "Spent so far this year" : "Spent in the year"}
                labelSize="s"
                hint="In pounds and pence, like 12,345.67. Enter 0 if nothing was spent."
                prefix="£"
                width={10}
                inputMode="decimal"
                spellCheck={false}
                defaultValue={f.value(spend, asPounds(l.saved?.spendPence))}
                error={f.error(spend)}
              />
              {kind === "interim" && (
                <TextInput
                  id={fieldId(forecast)}
                  name={forecast}
                  label="Forecast spend for the rest of the year"
                  labelSize="s"
                  hint="From now to 31 March. Enter 0 if none."
                  prefix="£"
                  width={10}
                  inputMode="decimal"
                  spellCheck={false}
                  defaultValue={f.value(forecast, asPounds(l.saved?.forecastPence))}
                  error={f.error(forecast)}
                />
              )}
            </Fieldset>
          );
        })
      }
    </SectionForm>
  );
}
