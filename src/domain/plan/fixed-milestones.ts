import { FIXED_MILESTONES, type FixedMilestone } from "@/catalogue/calendar";

// The catalogue's fixed milestones, and where a delivery plan records the date of each. Two are not typed into
// the milestones page, so the plan never holds two dates for one event:
// - the local needs assessment's date is the one in the needs assessment section (its planned completion date,
//   or the date of the recent assessment, which the catalogue says counts as already met);
// - "meet all minimum expectations" follows from the target dates in the minimum expectations section.
// Every other fixed milestone (and any the catalogue adds later) is entered on the milestones page.

export const DERIVED_FIXED_MILESTONES = {
  "local-needs-assessment": "needs-assessment",
  "all-minimum-expectations-met": "minimum-expectations",
} as const satisfies Record<string, string>;

function isDerived(id: string): id is keyof typeof DERIVED_FIXED_MILESTONES {
  return Object.hasOwn(DERIVED_FIXED_MILESTONES, id);
}

/** The fixed milestones whose dates the plan's milestones page asks for, in the catalogue's order. */
export const ENTERED_FIXED_MILESTONES: readonly FixedMilestone[] = FIXED_MILESTONES.filter((m) => !isDerived(m.id));

/**
 * "We will ask you to tell us what the hub opening milestone will look like in your area"
 * (Delivering change for families in year one – opening family hubs): its description is required.
 */
export const FIXED_MILESTONES_NEEDING_DESCRIPTION: readonly string[] = ["hub-opening"];
