import { FINANCIAL_YEARS, type QuarterId } from "@/catalogue/calendar";
import { NAMED_LEAD_ROLES } from "@/catalogue/programme";
import { PLAN_QUARTER_IDS } from "@/schemas/plan/fields";
import { AGE_RANGES, HUB_KINDS } from "@/schemas/plan/hubs";
import { EXPECTATION_STATUSES } from "@/schemas/plan/minimum-expectations";
import { NEEDS_ASSESSMENT_APPROACHES } from "@/schemas/plan/needs-assessment";

// Plain-English names for the ids a plan stores, for its forms and its read-only summary.

const QUARTERS = new Map(FINANCIAL_YEARS.flatMap((fy) => fy.quarters.map((q) => [q.id as string, { ...q, yearLabel: fy.label }])));

/** "January to March 2023 (quarter 4 of 2022 to 2023)". */
export function quarterLabel(id: string): string {
  const quarter = QUARTERS.get(id);
  return quarter ? `${quarter.label} (quarter ${quarter.quarter} of ${quarter.yearLabel})` : id;
}

/** The quarters a plan may choose, for a select. */
export function quarterOptions(): { value: QuarterId; text: string }[] {
  return PLAN_QUARTER_IDS.map((id) => ({ value: id, text: quarterLabel(id) }));
}

function labelFrom(list: readonly { id: string; label: string }[], id: string | undefined): string {
  return list.find((item) => item.id === id)?.label ?? id ?? "";
}

export const hubKindLabel = (id: string | undefined) => labelFrom(HUB_KINDS, id);
export const ageRangeLabel = (id: string | undefined) => labelFrom(AGE_RANGES, id);
export const expectationStatusLabel = (id: string | undefined) => labelFrom(EXPECTATION_STATUSES, id);
export const needsAssessmentApproachLabel = (id: string | undefined) => labelFrom(NEEDS_ASSESSMENT_APPROACHES, id);

export function namedLeadRoleName(id: string): string {
  return NAMED_LEAD_ROLES.find((role) => role.id === id)?.name ?? id;
}
