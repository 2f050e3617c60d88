import { FRAMEWORK_CRITERIA, FRAMEWORK_PRINCIPLES } from "@/catalogue/framework";
import { Details } from "@/components/details";
import { Table } from "@/components/table";
import { LEVEL_LABELS, PRINCIPLE_LABELS, REQUIREMENT_LABELS } from "./catalogue-labels";

export function FrameworkSection() {
  return (
    <Details id="framework" summary="Family hub model framework criteria">
      <h3 className="govuk-heading-s">The three principles</h3>
      <ul className="govuk-list govuk-list-bullet">
        {FRAMEWORK_PRINCIPLES.map((p) => (
          <li key={p.id}>
            <strong>{p.name}:</strong> {p.summary}
          </li>
        ))}
      </ul>
      <Table
        caption="Framework criteria"
        captionSize="s"
        head={["Criterion", "Principle", "Level", "Requirement"]}
        rowKeys={FRAMEWORK_CRITERIA.map((c) => c.id)}
        rows={FRAMEWORK_CRITERIA.map((c) => [
          <>
            {c.text}
            <span className="govuk-font-16 mt-1 block text-govuk-secondary-text">
              {c.provenance === "derived from guide" ? "Derived from the programme guide" : "From the official annex"} · Id: {c.id}
            </span>
          </>,
          PRINCIPLE_LABELS[c.principle],
          LEVEL_LABELS[c.level],
          REQUIREMENT_LABELS[c.requirement],
        ])}
      />
    </Details>
  );
}
