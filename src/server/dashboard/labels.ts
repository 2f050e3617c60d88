import type { GrantStatementPeriod, ReportingPeriod } from "@/catalogue/calendar";
import type { TLocalAuthorityFilters } from "@/schemas/local-authority-filters";

/** "Jan 2024 return" from "January 2024 return": short enough for a column heading. */
export function returnColumnLabel(period: ReportingPeriod): string {
  return period.label.replace(/^(\w{3})\w*/, "$1");
}

/** "Interim 2023–24", "Annual 2022–23". */
export function grantColumnLabel(period: GrantStatementPeriod): string {
  const [from = "", to = ""] = period.financialYear.split("-");
  return `${period.kind === "interim" ? "Interim" : "Annual"} grant ${from}–${to}`;
}

/** The filters as a query string ("" when none), for export links that match the page. */
export function filterQuery(filters: TLocalAuthorityFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.region) params.set("region", filters.region);
  if (filters.cohort) params.set("cohort", filters.cohort);
  const text = params.toString();
  return text ? `?${text}` : "";
}
