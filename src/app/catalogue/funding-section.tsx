import { FUNDING_LINES, formatPounds } from "@/catalogue/funding";
import { STRANDS } from "@/catalogue/strands";
import { Details } from "@/components/details";
import { Table } from "@/components/table";
import { FUNDING_TYPE_LABELS, strandLabel } from "./catalogue-labels";

export function FundingSection() {
  return (
    <Details id="funding" summary="Funding lines">
      <Table
        caption="Funding lines"
        captionSize="s"
        head={["Funding line", "Strands", "Type", { text: "National total", numeric: true }]}
        rowKeys={FUNDING_LINES.map((l) => l.id)}
        rows={FUNDING_LINES.map((l) => [
          <>
            {l.label}
            {!l.allocatedToLocalAuthorities && (
              <span className="govuk-font-16 mt-1 block text-govuk-secondary-text">Not allocated to local authorities</span>
            )}
          </>,
          l.strands.map((s) => strandLabel(STRANDS, s)).join(", "),
          l.types.map((t) => FUNDING_TYPE_LABELS[t]).join(" and "),
          l.nationalTotalPence === null ? "Not stated" : formatPounds(l.nationalTotalPence),
        ])}
      />
    </Details>
  );
}
