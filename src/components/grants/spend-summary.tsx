import { formatPounds } from "@/catalogue/funding";
import type { GrantStatementKind } from "@/catalogue/calendar";
import type { GrantAllocation } from "@/domain/grant/grant-rules";
import { Table } from "@/components/table";
import { spendLines } from "./spend-lines";

const money = (pence: number | null | undefined) => (pence === null || pence === undefined ? "Not given" : formatPounds(pence, { showPence: true }));

/** The spend section as a table: allocation, spend (and forecast on the interim) and what is left, per funding line. */
export function SpendSummary({ kind, allocations, data }: { kind: GrantStatementKind; allocations: readonly GrantAllocation[]; data: unknown }) {
  const lines = spendLines(allocations, data);
  if (lines.length === 0) return <p>No allocation has been loaded for this year.</p>;
  const head = [
    "Funding line",
    { text: "Allocation", numeric: true },
    { text: "Spent", numeric: true },
    ...(kind === "interim" ? [{ text: "Forecast for the rest of the year", numeric: true }] : []),
    { text: "Unspent", numeric: true },
  ];
  return (
    <Table
      caption="Spend per funding line"
      captionVisuallyHidden
      firstCellIsHeader
      head={head}
      rowKeys={lines.map((l) => l.id)}
      rows={lines.map((l) => {
        const spend = l.saved?.spendPence;
        const left = l.allocationPence !== null && spend !== undefined ? l.allocationPence - spend - (kind === "interim" ? (l.saved?.forecastPence ?? 0) : 0) : null;
        return [
          l.label,
          l.allocationPence === null ? "None" : formatPounds(l.allocationPence, { showPence: true }),
          money(spend),
          ...(kind === "interim" ? [money(l.saved?.forecastPence)] : []),
          left === null ? "" : formatPounds(left, { showPence: true }),
        ];
      })}
    />
  );
}
