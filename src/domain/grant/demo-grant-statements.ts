import type { GrantStatementKind } from "@/catalogue/calendar";
import type { SubmissionDocument } from "@/domain/submissions/types";
import type { GrantAllocation } from "./grant-rules";

// Demo statements of grant usage for the seed, with no errors or warnings: the interim statement shows
// 45% spent and 50% forecast; the annual statement 95% spent. Whole pence, worked with integers only.

export function buildDemoGrantStatement({ kind, allocations }: { kind: GrantStatementKind; allocations: readonly GrantAllocation[] }): SubmissionDocument {
  const lines = Object.fromEntries(
    allocations.map((a) =>
      kind === "interim"
        ? [a.fundingLineId, { spendPence: Math.floor((a.amountPence * 45) / 100), forecastPence: Math.floor((a.amountPence * 50) / 100) }]
        : [a.fundingLineId, { spendPence: Math.floor((a.amountPence * 95) / 100) }],
    ),
  );
  return { spend: { lines } };
}
