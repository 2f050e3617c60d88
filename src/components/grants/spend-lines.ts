import { fundingLineById, type Pence } from "@/catalogue/funding";
import type { GrantAllocation } from "@/domain/grant/grant-rules";
import { ZGrantSpend, GRANT_FUNDING_LINES, type TSpendLine } from "@/schemas/grant/spend";

export interface SpendLineView {
  id: string;
  label: string;
  /** The year's allocation, top-ups included; null for a line with no allocation. */
  allocationPence: Pence | null;
  saved?: TSpendLine;
}

/** The lines a statement reports on: each line with an allocation for the year, plus any with saved figures, in catalogue order. */
export function spendLines(allocations: readonly GrantAllocation[], data: unknown): SpendLineView[] {
  const parsed = ZGrantSpend.safeParse(data ?? {});
  const saved = parsed.success ? parsed.data.lines : {};
  const allocated = new Map<string, Pence>();
  for (const a of allocations) allocated.set(a.fundingLineId, (allocated.get(a.fundingLineId) ?? 0) + a.amountPence);
  return GRANT_FUNDING_LINES.filter((l) => allocated.has(l.id) || saved[l.id] !== undefined).map((l) => ({
    id: l.id,
    label: fundingLineById(l.id)?.label ?? l.id,
    allocationPence: allocated.get(l.id) ?? null,
    saved: saved[l.id],
  }));
}
