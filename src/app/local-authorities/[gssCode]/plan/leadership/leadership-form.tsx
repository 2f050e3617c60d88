"use client";

import { NAMED_LEAD_ROLES } from "@/catalogue/programme";
import { Fieldset } from "@/components/fieldset";
import { sectionFieldProps } from "@/components/section-field-props";
import type { SectionFormProps } from "@/components/section-form-props";
import { SectionForm } from "@/components/submission/section-form";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { fieldName } from "@/schemas/form-data";
import type { TPlanLeadership } from "@/schemas/plan/leadership";

const LEAD = { name: fieldName("accountableLead", "name"), jobTitle: fieldName("accountableLead", "jobTitle"), email: fieldName("accountableLead", "email") };
const role = (id: string, field: "name" | "email") => fieldName("namedLeads", id, field);
const ORDER = [LEAD.name, LEAD.jobTitle, LEAD.email, ...NAMED_LEAD_ROLES.flatMap((r) => [role(r.id, "name"), role(r.id, "email")]), "governance"];

export function LeadershipForm({ action, version, saved }: SectionFormProps<TPlanLeadership>) {
  return (
    <SectionForm action={action} version={version} errorOrder={ORDER}>
      {(f) => {
        const input = (name: string, label: string, value: string | undefined, extra: { email?: boolean; hint?: string } = {}) => (
          <TextInput
            {...sectionFieldProps(f, name, value)}
            label={label}
            hint={extra.hint}
            type={extra.email ? "email" : "text"}
            spellCheck={extra.email ? false : undefined}
            autoComplete="off"
          />
        );
        return (
          <>
            <Fieldset legend="Single accountable lead for Start for Life" legendSize="m">
              <p className="govuk-body">The senior person who signs the plan and answers for the programme in your area.</p>
              {input(LEAD.name, "Full name", saved?.accountableLead.name)}
              {input(LEAD.jobTitle, "Job title", saved?.accountableLead.jobTitle)}
              {input(LEAD.email, "Email address", saved?.accountableLead.email, { email: true })}
            </Fieldset>
            <h2 className="govuk-heading-m">Programme leads</h2>
            <p className="govuk-body">Name the people in your programme or transformation team. Leave a role blank if nobody holds it yet.</p>
            {NAMED_LEAD_ROLES.map((r) => (
              <Fieldset key={r.id} legend={r.name} legendSize="s">
                {input(role(r.id, "name"), "Full name", saved?.namedLeads[r.id]?.name)}
                {input(role(r.id, "email"), "Email address", saved?.namedLeads[r.id]?.email, { email: true })}
              </Fieldset>
            ))}
            <Textarea
              {...sectionFieldProps(f, "governance", saved?.governance)}
              label="How will the programme be governed?"
              labelSize="m"
              hint="For example, the board that oversees it, who chairs it, how often it meets and whom it reports to."
              rows={5}
            />
          </>
        );
      }}
    </SectionForm>
  );
}
