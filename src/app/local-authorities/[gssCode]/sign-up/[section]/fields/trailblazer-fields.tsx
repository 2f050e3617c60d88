import { Checkboxes } from "@/components/checkboxes";
import { Fieldset } from "@/components/fieldset";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { TRAILBLAZERS } from "@/catalogue/cohorts";
import { expectationsFor, getStrand } from "@/catalogue/lookup";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FieldAccess } from "../../form-values";

const ONCE = [
  { name: "familyHubAccess", label: "How will you make sure families know their family hubs, so that more of them use these services?" },
  { name: "familyHubsOffer", label: "What is your existing family hubs offer?" },
  { name: "sharingExpertise", label: "How will you share your knowledge and expertise with other local authorities?" },
  { name: "systemMaturity", label: "How ready are your local systems (leadership, data and workforce) for rapid delivery?", hint: "Use the selected questions from the Early Help System Guide. You may update earlier answers." },
] as const;

export function trailblazerOrder(): string[] {
  return [
    "applying",
    "strands",
    ...TRAILBLAZERS.strands.flatMap((s) => [fieldName("plans", s, "ambition"), fieldName("plans", s, "goFurtherIds"), fieldName("plans", s, "existingOffer")]),
    ...ONCE.map((o) => o.name),
    "partnersEngaged",
  ];
}

export function TrailblazerFields({ f }: { f: FieldAccess }) {
  return (
    <Radios
      id="applying"
      name="applying"
      legend="Are you applying to be a trailblazer?"
      legendSize="m"
      hint="Trailblazers get extra funding in 2022 to 2023 for the strands they are selected for. Your selection wave follows from the date your sign-up is submitted."
      error={f.error("applying")}
      defaultValue={f.value("applying")}
      items={[
        {
          value: "yes",
          label: "Yes",
          conditional: (
            <>
              <Checkboxes
                id="strands"
                name="strands[]"
                legend="Which strands are you applying for?"
                legendSize="s"
                error={f.error("strands")}
                defaultValue={f.checked("strands")}
                items={TRAILBLAZERS.strands.map((s) => ({ value: s, label: getStrand(s).name }))}
              />
              {TRAILBLAZERS.strands.map((strand) => {
                const ambition = fieldName("plans", strand, "ambition");
                const goFurthers = fieldName("plans", strand, "goFurtherIds");
                const existing = fieldName("plans", strand, "existingOffer");
                return (
                  <Fieldset key={strand} legend={`Your plans for ${getStrand(strand).name.toLowerCase()}`} legendSize="s">
                    <p className="govuk-font-16">Answer only for the strands you apply for.</p>
                    <Textarea id={fieldId(ambition)} name={ambition} label="Your plans for the trailblazer funding" rows={4} error={f.error(ambition)} defaultValue={f.value(ambition)} />
                    <Checkboxes
                      id={fieldId(goFurthers)}
                      name={`${goFurthers}[]`}
                      legend="Go-further options you will deliver in 2022 to 2023"
                      legendSize="s"
                      error={f.error(goFurthers)}
                      defaultValue={f.checked(goFurthers)}
                      items={expectationsFor({ strand, kind: "go-further" }).map((e) => ({ value: e.id, label: e.summary }))}
                    />
                    <Textarea id={fieldId(existing)} name={existing} label="Your existing offer in this strand" rows={3} error={f.error(existing)} defaultValue={f.value(existing)} />
                  </Fieldset>
                );
              })}
              {ONCE.map((o) => (
                <Textarea key={o.name} id={o.name} name={o.name} label={o.label} hint={"hint" in o ? o.hint : undefined} rows={4} error={f.error(o.name)} defaultValue={f.value(o.name)} />
              ))}
              <Checkboxes
                id="partnersEngaged"
                name="partnersEngaged"
                error={f.error("partnersEngaged")}
                defaultValue={f.checked("partnersEngaged")}
                items={[{ value: "yes", label: "We have engaged our MPs, cabinet members, integrated care board lead and local providers on these proposals" }]}
              />
            </>
          ),
        },
        { value: "no", label: "No" },
      ]}
    />
  );
}
