import { formatPounds, fundingLineById, type Pence } from "@/catalogue/funding";
import type { GrantStatementKind } from "@/catalogue/calendar";
import { sectionSchemaIssues } from "@/domain/submissions/schema-issues";
import type { CheckResult, Issue, SubmissionDocument } from "@/domain/submissions/types";
import { fieldName } from "@/schemas/form-data";
import { ZGrantSpend } from "@/schemas/grant/spend";

// The rules of a statement of grant usage ("Programme reporting expectations > Financial returns"):
// spend per funding line against the LA's allocation for the year. Money is integer pence throughout.

export interface GrantAllocation {
  fundingLineId: string;
  amountPence: Pence;
}

export interface GrantContext {
  kind: GrantStatementKind;
  /** The LA's allocations for the statement's financial year. */
  allocations: readonly GrantAllocation[];
}

const FINANCIAL_RETURNS_REF = "/catalogue#funding";

export const UNDERSPEND_INTERPRETATION =
  "The guide asks for confirmation that spend was in line with the grant, without a tolerance. We ask for an " +
  "explanation when the annual statement shows more than a quarter of a line's allocation unspent: " +
  "(allocation − spend) × 4 > allocation, worked in whole pence.";

export function checkGrantStatement(document: SubmissionDocument, context: GrantContext): CheckResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const sectionKey = "spend";

  const parsed = ZGrantSpend.safeParse(document[sectionKey] ?? {});
  if (!parsed.success) {
    errors.push(...sectionSchemaIssues(sectionKey, parsed.error));
    return { errors, warnings };
  }
  const lines = parsed.data.lines;
  const allocated = new Map<string, Pence>();
  for (const a of context.allocations) allocated.set(a.fundingLineId, (allocated.get(a.fundingLineId) ?? 0) + a.amountPence);

  for (const [id, amount] of allocated) {
    const label = fundingLineById(id)?.label ?? id;
    const line = lines[id];
    const at = (field: string) => fieldName("lines", id, field);
    const spend = line?.spendPence;
    if (spend === undefined) {
      errors.push({ sectionKey, path: at("spendPence"), code: "spend-missing", message: `Enter the amount spent on ${label}. Enter £0 if nothing was spent.` });
      continue;
    }
    if (spend > amount) {
      errors.push({
        sectionKey,
        path: at("spendPence"),
        code: "spend-above-allocation",
        message: `Spend on ${label} (${formatPounds(spend, { showPence: true })}) is more than the allocation of ${formatPounds(amount, { showPence: true })}. Check the figure: the grant cannot be overspent.`,
        guidanceHref: FINANCIAL_RETURNS_REF,
      });
      continue;
    }
    if (context.kind === "interim") {
      const forecast = line?.forecastPence;
      if (forecast === undefined) {
        errors.push({ sectionKey, path: at("forecastPence"), code: "forecast-missing", message: `Enter the forecast spend on ${label} for the rest of the year. Enter £0 if none.` });
      } else if (spend + forecast > amount) {
        warnings.push({
          sectionKey,
          path: at("forecastPence"),
          code: "forecast-above-allocation",
          message: `Spend and forecast on ${label} come to ${formatPounds(spend + forecast, { showPence: true })}, more than the allocation of ${formatPounds(amount, { showPence: true })}. Explain how you will keep within the allocation.`,
          guidanceHref: FINANCIAL_RETURNS_REF,
        });
      }
    } else if ((amount - spend) * 4 > amount) {
      warnings.push({
        sectionKey,
        path: at("spendPence"),
        code: "underspend",
        message: `${formatPounds(amount - spend, { showPence: true })} of the ${formatPounds(amount, { showPence: true })} allocated to ${label} is unspent, more than a quarter. Explain the underspend.`,
        guidanceHref: FINANCIAL_RETURNS_REF,
      });
    }
  }

  for (const [id, line] of Object.entries(lines)) {
    if (allocated.has(id) || !((line.spendPence ?? 0) > 0 || (line.forecastPence ?? 0) > 0)) continue;
    const label = fundingLineById(id)?.label ?? id;
    errors.push({
      sectionKey,
      path: fieldName("lines", id, "spendPence"),
      code: "no-allocation",
      message: `You have no allocation for ${label} this year, so no spend can be reported against it. Check the funding line.`,
      guidanceHref: FINANCIAL_RETURNS_REF,
    });
  }
  return { errors, warnings };
}
