import { SummaryList, type SummaryListRow } from "@/components/summary-list";
import { formatDate } from "@/domain/dates";
import { ageRangeLabel, hubKindLabel } from "@/domain/plan/labels";
import type { TPlanHub } from "@/schemas/plan/hubs";

export const NOT_GIVEN = "Not given";

export function hubRows(hub: TPlanHub): SummaryListRow[] {
  return [
    { key: "Kind of site", value: hubKindLabel(hub.kind) },
    { key: "Postcode", value: hub.postcode ?? (hub.kind === "virtual" ? "None (virtual offer)" : NOT_GIVEN) },
    { key: "Opening date", value: formatDate(hub.openingDate) },
    { key: "Age range served", value: ageRangeLabel(hub.ageRange) },
    { key: "Opening hours per week", value: hub.hoursPerWeek === undefined ? NOT_GIVEN : `${hub.hoursPerWeek.toLocaleString("en-GB")} hours` },
    { key: "Co-located services", value: hub.coLocatedServices ? <Paragraphs text={hub.coLocatedServices} /> : "None given" },
  ];
}

/** One hub or site, read-only. */
export function HubSummary({ hub }: { hub: TPlanHub }) {
  return <SummaryList rows={hubRows(hub)} />;
}

/** Free text as typed: line breaks kept. */
export function Paragraphs({ text }: { text: string }) {
  return <span className="whitespace-pre-line">{text}</span>;
}
