"use client";

import { DateInput } from "@/components/date-input";
import { HiddenFields } from "@/components/plan/hidden-fields";
import { Radios } from "@/components/radios";
import { SectionForm } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import type { FormField } from "@/domain/plan/form-fields";
import { fieldId, fieldName } from "@/schemas/form-data";
import { dateParts } from "@/schemas/date-parts";
import type { FormState } from "@/schemas/form-state";
import { AGE_RANGES, HUB_KINDS, type TPlanHub } from "@/schemas/plan/hubs";

/** One hub or site at `index` of the hubs list; the other hubs travel as hidden fields. */
export function HubForm({
  action,
  version,
  index,
  saved,
  others,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  version: number;
  index: number;
  saved?: TPlanHub;
  others: readonly FormField[];
}) {
  const name = (field: keyof TPlanHub) => fieldName("hubs", index, field);
  const opening = dateParts(saved?.openingDate);
  const order = (["name", "kind", "postcode", "openingDate", "ageRange", "hoursPerWeek", "coLocatedServices"] as const).map(name);
  return (
    <SectionForm action={action} version={version} errorOrder={order}>
      {(f) => (
        <>
          <HiddenFields fields={others} />
          <TextInput id={fieldId(name("name"))} name={name("name")} label="Name of the hub or site" labelSize="s" defaultValue={f.value(name("name"), saved?.name)} error={f.error(name("name"))} />
          <Radios
            id={fieldId(name("kind"))}
            name={name("kind")}
            legend="What kind of site is it?"
            legendSize="s"
            items={HUB_KINDS.map((k) => ({ value: k.id, label: k.label }))}
            defaultValue={f.value(name("kind"), saved?.kind)}
            error={f.error(name("kind"))}
          />
          <TextInput
            id={fieldId(name("postcode"))}
            name={name("postcode")}
            label="Postcode"
            labelSize="s"
            hint="Not needed for a virtual offer."
            width={10}
            autoComplete="off"
            defaultValue={f.value(name("postcode"), saved?.postcode)}
            error={f.error(name("postcode"))}
          />
          <DateInput
            id={fieldId(name("openingDate"))}
            name={name("openingDate")}
            legend="When did it open, or when will it open?"
            legendSize="s"
            hint="For example, 1 3 2023"
            defaultValue={{
              day: f.value(`${name("openingDate")}.day`, opening?.day),
              month: f.value(`${name("openingDate")}.month`, opening?.month),
              year: f.value(`${name("openingDate")}.year`, opening?.year),
            }}
            error={f.error(name("openingDate"))}
          />
          <Radios
            id={fieldId(name("ageRange"))}
            name={name("ageRange")}
            legend="Which ages does it serve?"
            legendSize="s"
            items={AGE_RANGES.map((a) => ({ value: a.id, label: a.label }))}
            defaultValue={f.value(name("ageRange"), saved?.ageRange)}
            error={f.error(name("ageRange"))}
          />
          <TextInput
            id={fieldId(name("hoursPerWeek"))}
            name={name("hoursPerWeek")}
            label="Opening hours per week (optional)"
            labelSize="s"
            hint="For example, 37.5"
            width={4}
            inputMode="decimal"
            suffix="hours"
            defaultValue={f.value(name("hoursPerWeek"), saved?.hoursPerWeek?.toString())}
            error={f.error(name("hoursPerWeek"))}
          />
          <Textarea
            id={fieldId(name("coLocatedServices"))}
            name={name("coLocatedServices")}
            label="Services on site (optional)"
            labelSize="s"
            hint="For example, health visiting, midwifery clinics, youth service."
            rows={3}
            defaultValue={f.value(name("coLocatedServices"), saved?.coLocatedServices)}
            error={f.error(name("coLocatedServices"))}
          />
        </>
      )}
    </SectionForm>
  );
}
