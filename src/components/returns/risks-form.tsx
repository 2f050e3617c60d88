"use client";

import { useState } from "react";
import { STRANDS } from "@/catalogue/lookup";
import { Radios } from "@/components/radios";
import { Select } from "@/components/select";
import type { SectionFields } from "@/components/submission/section-form";
import { Tag } from "@/components/tag";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { riskRating, type RiskRating } from "@/domain/return/risk-rating";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FormState } from "@/schemas/form-state";
import type { TReturnRisks, TRisk } from "@/schemas/return/risks";
import { ReturnSectionForm, type AutosaveResult } from "./return-section-form";

const LIKELIHOOD = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"];
const IMPACT = ["Negligible", "Minor", "Moderate", "Major", "Severe"];
const RATING_COLOUR = { red: "red", amber: "orange", green: "green" } as const;
const RATING_LABEL: Record<RiskRating, string> = { red: "Red", amber: "Amber", green: "Green" };
const RISK_FIELDS = ["title", "description", "strand", "likelihood", "impact", "mitigation", "owner", "status", "closedReason"];

function scoreOptions(labels: string[]) {
  return [{ value: "", text: "Select" }, ...labels.map((text, i) => ({ value: String(i + 1), text: `${i + 1} – ${text}` }))];
}

function RiskRow({ index, risk, f }: { index: number; risk?: TRisk; f: SectionFields }) {
  const name = (field: string) => fieldName("risks", index, field);
  const [likelihood, setLikelihood] = useState(f.value(name("likelihood"), risk ? String(risk.likelihood) : "") ?? "");
  const [impact, setImpact] = useState(f.value(name("impact"), risk ? String(risk.impact) : "") ?? "");
  const rating = likelihood && impact ? riskRating(Number(likelihood), Number(impact)) : null;
  const title = risk?.title ?? "New risk";
  const heading = `risk-${index}-heading`;
  return (
    <section aria-labelledby={heading} className="mb-8 border-b border-govuk-border pb-4">
      <h2 id={heading} className="govuk-heading-m">
        {risk ? `Risk ${index + 1}: ${title}` : "Add a new risk (optional)"}
      </h2>
      {risk && <input type="hidden" name={name("id")} value={risk.id} />}
      <TextInput id={fieldId(name("title"))} name={name("title")} label={<>Title<span className="sr-only"> ({title})</span></>} labelSize="s" defaultValue={f.value(name("title"), risk?.title)} error={f.error(name("title"))} />
      <Textarea id={fieldId(name("description"))} name={name("description")} label={<>Description (optional)<span className="sr-only"> ({title})</span></>} labelSize="s" rows={2} defaultValue={f.value(name("description"), risk?.description)} error={f.error(name("description"))} />
      <Select
        id={fieldId(name("strand"))}
        name={name("strand")}
        label={<>Strand it affects (optional)<span className="sr-only"> ({title})</span></>}
        labelSize="s"
        defaultValue={f.value(name("strand"), risk?.strand) ?? ""}
        error={f.error(name("strand"))}
        options={[{ value: "", text: "Not specific to one strand" }, ...STRANDS.map((s) => ({ value: s.id, text: s.name }))]}
      />
      <Select
        id={fieldId(name("likelihood"))}
        name={name("likelihood")}
        label={<>Likelihood<span className="sr-only"> ({title})</span></>}
        labelSize="s"
        value={likelihood}
        onChange={(e) => setLikelihood(e.target.value)}
        error={f.error(name("likelihood"))}
        options={scoreOptions(LIKELIHOOD)}
      />
      <Select
        id={fieldId(name("impact"))}
        name={name("impact")}
        label={<>Impact<span className="sr-only"> ({title})</span></>}
        labelSize="s"
        value={impact}
        onChange={(e) => setImpact(e.target.value)}
        error={f.error(name("impact"))}
        options={scoreOptions(IMPACT)}
      />
      <p className="govuk-body" aria-live="polite">
        Rating:{" "}
        {rating ? (
          <Tag colour={RATING_COLOUR[rating]}>{RATING_LABEL[rating]}</Tag>
        ) : (
          <span className="text-govuk-secondary-text">worked out from the likelihood and impact</span>
        )}
      </p>
      <Textarea
        id={fieldId(name("mitigation"))}
        name={name("mitigation")}
        label={<>Mitigation<span className="sr-only"> ({title})</span></>}
        labelSize="s"
        hint="Required for a red risk."
        rows={2}
        defaultValue={f.value(name("mitigation"), risk?.mitigation)}
        error={f.error(name("mitigation"))}
      />
      <TextInput id={fieldId(name("owner"))} name={name("owner")} label={<>Owner<span className="sr-only"> ({title})</span></>} labelSize="s" hint="Required for a red risk." defaultValue={f.value(name("owner"), risk?.owner)} error={f.error(name("owner"))} />
      {risk && (
        <Radios
          id={fieldId(name("status"))}
          name={name("status")}
          legend={<>Is the risk still open?<span className="sr-only"> ({title})</span></>}
          legendSize="s"
          defaultValue={f.value(name("status"), risk.status)}
          error={f.error(name("status"))}
          items={[
            { value: "open", label: "Open" },
            {
              value: "closed",
              label: "Closed",
              conditional: (
                <Textarea
                  id={fieldId(name("closedReason"))}
                  name={name("closedReason")}
                  label={<>Why is it closed?<span className="sr-only"> ({title})</span></>}
                  labelSize="s"
                  rows={2}
                  defaultValue={f.value(name("closedReason"), risk.closedReason)}
                  error={f.error(name("closedReason"))}
                />
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

/** The risks and issues register: every risk carried forward, and a blank row to add one. Closing needs a reason. */
export function RisksForm({
  action,
  autosave,
  version,
  saved,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  autosave: (f: FormData) => Promise<AutosaveResult>;
  version: number;
  saved?: TReturnRisks;
}) {
  const risks = saved?.risks ?? [];
  const order = Array.from({ length: risks.length + 1 }, (_, i) => RISK_FIELDS.map((field) => fieldName("risks", i, field))).flat();
  return (
    <ReturnSectionForm action={action} autosave={autosave} version={version} errorOrder={order} addAnotherText="Save and add another risk">
      {(f) => (
        <>
          {risks.map((risk, i) => (
            <RiskRow key={risk.id} index={i} risk={risk} f={f} />
          ))}
          <RiskRow key={`new-${risks.length}`} index={risks.length} f={f} />
        </>
      )}
    </ReturnSectionForm>
  );
}
