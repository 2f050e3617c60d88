"use client";

import { useState, type ReactNode } from "react";
import { labelWithContext } from "@/components/label-with-context";
import { Radios } from "@/components/radios";
import { sectionFieldProps } from "@/components/section-field-props";
import type { ReturnSectionFormProps } from "@/components/section-form-props";
import { Select } from "@/components/select";
import type { SectionFields } from "@/components/submission/section-form";
import { Tag } from "@/components/tag";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { riskRating, type RiskRating } from "@/domain/return/risk-rating";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { TReturnRisks, TRisk } from "@/schemas/return/risks";
import { ReturnSectionForm } from "./return-section-form";
import { RowSection, rowsErrorOrder, STRAND_OPTIONS } from "./return-rows";

const LIKELIHOOD = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"];
const IMPACT = ["Negligible", "Minor", "Moderate", "Major", "Severe"];
const RATING_COLOUR = { red: "red", amber: "orange", green: "green" } as const;
const RATING_LABEL: Record<RiskRating, string> = { red: "Red", amber: "Amber", green: "Green" };
const RISK_FIELDS = ["title", "description", "strand", "likelihood", "impact", "mitigation", "owner", "status", "closedReason"];

function scoreOptions(labels: string[]) {
  return [{ value: "", text: "Select" }, ...labels.map((text, i) => ({ value: String(i + 1), text: `${i + 1} – ${text}` }))];
}

/** A 1 to 5 score, controlled so the rating beside it updates as it changes. */
function ScoreSelect({
  name,
  label,
  scale,
  value,
  onChange,
  error,
}: {
  name: string;
  label: ReactNode;
  scale: string[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return <Select id={fieldId(name)} name={name} label={label} labelSize="s" value={value} onChange={(e) => onChange(e.target.value)} error={error} options={scoreOptions(scale)} />;
}

function RiskRow({ index, risk, f }: { index: number; risk?: TRisk; f: SectionFields }) {
  const name = (field: string) => fieldName("risks", index, field);
  const [likelihood, setLikelihood] = useState(f.value(name("likelihood"), risk ? String(risk.likelihood) : "") ?? "");
  const [impact, setImpact] = useState(f.value(name("impact"), risk ? String(risk.impact) : "") ?? "");
  const rating = likelihood && impact ? riskRating(Number(likelihood), Number(impact)) : null;
  const label = (text: string) => labelWithContext(text, risk?.title ?? "New risk");
  return (
    <RowSection headingId={`risk-${index}-heading`} heading={risk ? `Risk ${index + 1}: ${risk.title}` : "Add a new risk (optional)"}>
      {risk && <input type="hidden" name={name("id")} value={risk.id} />}
      <TextInput {...sectionFieldProps(f, name("title"), risk?.title)} label={label("Title")} labelSize="s" />
      <Textarea {...sectionFieldProps(f, name("description"), risk?.description)} label={label("Description (optional)")} labelSize="s" rows={2} />
      <Select {...sectionFieldProps(f, name("strand"), risk?.strand ?? "")} label={label("Strand it affects (optional)")} labelSize="s" options={STRAND_OPTIONS} />
      <ScoreSelect name={name("likelihood")} label={label("Likelihood")} scale={LIKELIHOOD} value={likelihood} onChange={setLikelihood} error={f.error(name("likelihood"))} />
      <ScoreSelect name={name("impact")} label={label("Impact")} scale={IMPACT} value={impact} onChange={setImpact} error={f.error(name("impact"))} />
      <p className="govuk-body" aria-live="polite">
        Rating:{" "}
        {rating ? (
          <Tag colour={RATING_COLOUR[rating]}>{RATING_LABEL[rating]}</Tag>
        ) : (
          <span className="text-govuk-secondary-text">worked out from the likelihood and impact</span>
        )}
      </p>
      <Textarea {...sectionFieldProps(f, name("mitigation"), risk?.mitigation)} label={label("Mitigation")} labelSize="s" hint="Required for a red risk." rows={2} />
      <TextInput {...sectionFieldProps(f, name("owner"), risk?.owner)} label={label("Owner")} labelSize="s" hint="Required for a red risk." />
      {risk && (
        <Radios
          {...sectionFieldProps(f, name("status"), risk.status)}
          legend={label("Is the risk still open?")}
          legendSize="s"
          items={[
            { value: "open", label: "Open" },
            {
              value: "closed",
              label: "Closed",
              conditional: (
                <Textarea {...sectionFieldProps(f, name("closedReason"), risk.closedReason)} label={label("Why is it closed?")} labelSize="s" rows={2} />
              ),
            },
          ]}
        />
      )}
    </RowSection>
  );
}

/** The risks and issues register: every risk carried forward, and a blank row to add one. Closing needs a reason. */
export function RisksForm({ action, autosave, version, saved }: ReturnSectionFormProps<TReturnRisks>) {
  const risks = saved?.risks ?? [];
  return (
    <ReturnSectionForm
      action={action}
      autosave={autosave}
      version={version}
      errorOrder={rowsErrorOrder("risks", risks.length + 1, RISK_FIELDS)}
      addAnotherText="Save and add another risk"
    >
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
