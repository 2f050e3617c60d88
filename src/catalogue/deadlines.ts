import type { IsoDate } from "./types";

// Deadlines that the guide attaches to expectations. calendar.ts owns the wider programme calendar;
// these are the dates an expectation's `deadline` field may take.

/** Section 2, "Delivery expectations": all minimum expectations met by March 2025 at the latest (end of 2024-25). */
export const PROGRAMME_END: IsoDate = "2025-03-31";

/**
 * "Funded services: delivery expectations > Year one: funded services": publish the Start for Life offer and
 * establish a Parent and Carer Panel "by April 2023"; "Local needs assessment": within 2022–23.
 * Read as the last day of financial year 2022-23.
 */
export const YEAR_ONE_END: IsoDate = "2023-03-31";

/** "Delivering change for families in year one – opening family hubs": within the first half of calendar 2023. */
export const HUB_OPENING: IsoDate = "2023-06-30";

/** Annex N, 5: take part in Growing Up Well testing and implementation in 2023-24. */
export const DIGITAL_TESTING_END: IsoDate = "2024-03-31";
