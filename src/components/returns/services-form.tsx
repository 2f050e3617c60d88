"use client";

import type { MetricField } from "@/catalogue/metric-model";
import { Checkboxes } from "@/components/checkboxes";
import type { SectionFields } from "@/components/submission/section-form";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FormState } from "@/schemas/form-state";
import type { ServiceRecord } from "@/schemas/return/metric-value";
import { MetricInput } from "./metric-input";
import { ReturnSectionForm, type AutosaveResult } from "./return-section-form";

function ServiceRow({ index, fields, service, f }: { index: number; fields: readonly MetricField[]; service?: ServiceRecord; f: SectionFields }) {
  const heading = `service-${index}-heading`;
  const title = typeof service?.name === "string" ? service.name : undefined;
  return (
    <section aria-labelledby={heading} className="mb-8 border-b border-govuk-border pb-4">
      <h2 id={heading} className="govuk-heading-m">
        {service ? `Service ${index + 1}: ${title ?? "unnamed"}` : "Add a service (optional)"}
      </h2>
      {fields.map((field) => (
        <MetricInput key={field.id} def={field} name={fieldName("services", index, field.id)} f={f} saved={service?.[field.id]} showPrevious={false} labelSuffix={` (service ${index + 1})`} />
      ))}
      {service && (
        <Checkboxes
          id={fieldId(fieldName("services", index, "remove"))}
          name={fieldName("services", index, "remove")}
          legend={<span className="sr-only">Remove service {index + 1}</span>}
          items={[{ value: "yes", label: "Remove this service: it has closed or was entered by mistake" }]}
        />
      )}
    </section>
  );
}

/** The register of services: every service carried forward from last quarter, and a blank row to add one. */
export function ServicesForm({
  action,
  autosave,
  version,
  fields,
  saved,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  autosave: (f: FormData) => Promise<AutosaveResult>;
  version: number;
  fields: readonly MetricField[];
  saved?: ServiceRecord[];
}) {
  const services = saved ?? [];
  const order = Array.from({ length: services.length + 1 }, (_, i) => fields.map((field) => fieldName("services", i, field.id))).flat();
  return (
    <ReturnSectionForm action={action} autosave={autosave} version={version} errorOrder={order} addAnotherText="Save and add another service">
      {(f) => (
        <>
          {services.map((s, i) => (
            <ServiceRow key={i} index={i} fields={fields} service={s} f={f} />
          ))}
          <ServiceRow key={`new-${services.length}`} index={services.length} fields={fields} f={f} />
        </>
      )}
    </ReturnSectionForm>
  );
}
