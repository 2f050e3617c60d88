"use client";

import { DateInput } from "@/components/date-input";
import { HiddenFields } from "@/components/plan/hidden-fields";
import { Radios } from "@/components/radios";
import { sectionDateFieldProps, sectionFieldProps } from "@/components/section-field-props";
import type { ListItemFormProps } from "@/components/section-form-props";
import { SectionForm } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { fieldName } from "@/schemas/form-data";
import { AGE_RANGES, HUB_KINDS, type TPlanHub } from "@/schemas/plan/hubs";

/** One hub or site at `index` of the hubs list; the other hubs travel as hidden fields. */
export function HubForm({ action, version, index, saved, others }: ListItemFormProps<TPlanHub>) {
  const name = (field: keyof TPlanHub) => fieldName("hubs", index, field);
  const order = (["name", "kind", "postcode", "openingDate", "ageRange", "hoursPerWeek", "coLocatedServices"] as const).map(name);
  return (
    <SectionForm action={action} version={version} errorOrder={order}>
      {(f) => (
        <>
          <HiddenFields fields={others} />
          <TextInput {...sectionFieldProps(f, name("name"), saved?.name)} label="Name of the hub or site" labelSize="s" />
          <Radios
            {...sectionFieldProps(f, name("kind"), saved?.kind)}
            legend="What kind of site is it?"
            legendSize="s"
            items={HUB_KINDS.map((k) => ({ value: k.id, label: k.label }))}
          />
          <TextInput
            {...sectionFieldProps(f, name("postcode"), saved?.postcode)}
            label="Postcode"
            labelSize="s"
            hint="Not needed for a virtual offer."
            width={10}
            autoComplete="off"
          />
          <DateInput
            {...sectionDateFieldProps(f, name("openingDate"), saved?.openingDate)}
            legend="When did it open, or when will it open?"
            legendSize="s"
            hint="For example, 1 3 2023"
          />
          <Radios
            {...sectionFieldProps(f, name("ageRange"), saved?.ageRange)}
            legend="Which ages does it serve?"
            legendSize="s"
            items={AGE_RANGES.map((a) => ({ value: a.id, label: a.label }))}
          />
          <TextInput
            {...sectionFieldProps(f, name("hoursPerWeek"), saved?.hoursPerWeek?.toString())}
            label="Opening hours per week (optional)"
            labelSize="s"
            hint="For example, 37.5"
            width={4}
            inputMode="decimal"
            suffix="hours"
          />
          <Textarea
            {...sectionFieldProps(f, name("coLocatedServices"), saved?.coLocatedServices)}
            label="Services on site (optional)"
            labelSize="s"
            hint="For example, health visiting, midwifery clinics, youth service."
            rows={3}
          />
        </>
      )}
    </SectionForm>
  );
}
