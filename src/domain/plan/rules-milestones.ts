import { financialYearOf, financialYears, isWithin } from "@/catalogue/calendar";
import { formatDate } from "@/domain/dates";
import type { CheckResult } from "@/domain/submissions/types";
import type { TPlanMilestones } from "@/schemas/plan/milestones";
import { ENTERED_FIXED_MILESTONES, FIXED_MILESTONES_NEEDING_DESCRIPTION } from "./fixed-milestones";
import { MILESTONE_QUARTERS } from "./milestone-quarters";
import { milestoneDates } from "./progress";
import { between, CALENDAR_HREF, issuePath } from "./rules-support";

const SECTION = "milestones";

export function checkMilestones(data: TPlanMilestones | undefined, result: CheckResult): void {
  const error = (path: string, code: string, message: string) => result.errors.push({ sectionKey: SECTION, path, code, message, guidanceHref: CALENDAR_HREF });

  // The fixed milestones, each inside the window the catalogue gives it (calendar.ts, FIXED_MILESTONES).
  for (const milestone of ENTERED_FIXED_MILESTONES) {
    const entry = data?.fixed[milestone.id];
    const label = `'${milestone.label}'`;
    if (!entry?.date) {
      error(issuePath("fixed", milestone.id, "date"), "fixed-milestone-missing", `Enter the date for ${label}. It must be ${between(milestone.window)}`);
    } else if (!isWithin(entry.date, milestone.window)) {
      error(issuePath("fixed", milestone.id, "date"), "fixed-milestone-outside-window", `The date for ${label} must be ${between(milestone.window)}. Change the date`);
    }
    if (FIXED_MILESTONES_NEEDING_DESCRIPTION.includes(milestone.id) && !entry?.description) {
      error(issuePath("fixed", milestone.id, "description"), "required", `Describe what ${label} will look like for families in your area`);
    }
  }

  const years = financialYears();
  const first = years[0];
  const last = years.at(-1);
  const programme = first && last ? between({ from: first.from, to: last.to }) : "within the programme";
  (data?.transformation ?? []).forEach((milestone, i) => {
    if (!financialYearOf(milestone.date)) {
      error(issuePath("transformation", i, "date"), "milestone-outside-programme", `The date of '${milestone.title}' must be ${programme}, while the programme runs`);
    }
  });

  // At least one milestone a quarter to the end of the programme: see milestone-quarters.ts for the reading.
  const dates = milestoneDates(data);
  const end = MILESTONE_QUARTERS.at(-1)?.to;
  for (const quarter of MILESTONE_QUARTERS) {
    if (dates.some((d) => isWithin(d, quarter))) continue;
    error(
      issuePath("quarters", quarter.id),
      "quarter-without-milestone",
      `Add at least one milestone between ${quarter.label.replace(" to ", " and ")}. Your plan needs a milestone in every quarter until the programme ends${end ? ` on ${formatDate(end)}` : ""}`,
    );
  }
}
