import { financialYears, type Quarter } from "@/catalogue/calendar";
import { SIGN_UP } from "@/catalogue/cohorts";

// "Building on this hub opening milestone, we will ask you to set out and deliver on clear quarterly milestones"
// (Delivering change for families in year one – opening family hubs), and the plan sets out "clear milestones …
// for the continuing transformation over the remainder of the programme" (Delivery plans and programme
// reporting > Delivery plans).
//
// Interpretation: at least one milestone in every quarter from the first whole quarter after sign-up closes
// (31 October 2022, so January to March 2023: 2022-23 Q4, which is also the quarter of the first delivery return
// and the start of the hub opening window) to the last quarter of the programme's funded years (January to March
// 2025). The extension year joins automatically if the calendar includes it. Any milestone on the milestones page
// counts, fixed or the LA's own, because the guide asks for a milestone each quarter, not a kind of milestone.

export const MILESTONE_QUARTERS: readonly Quarter[] = financialYears()
  .flatMap((fy) => fy.quarters)
  .filter((q) => q.from > SIGN_UP.window.to);
