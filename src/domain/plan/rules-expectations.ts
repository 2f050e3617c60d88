import { isOnOrBefore } from "@/catalogue/calendar";
import { expectationsFor, STRANDS } from "@/catalogue/lookup";
import { formatDate } from "@/domain/dates";
import type { CheckResult } from "@/domain/submissions/types";
import { shortName } from "@/schemas/plan/fields";
import type { TPlanMinimumExpectations } from "@/schemas/plan/minimum-expectations";
import { catalogueHref, issuePath, strandHref, strandInSentence } from "./rules-support";

// "agree to the minimum expectations across all areas of the programme … commit to meeting the minimum
// expectations by March 2025 at the latest" (Section 2 > Delivery expectations). Each expectation's deadline is the
// catalogue's: 31 March 2025 unless the guide sets an earlier one (e.g. the Start for Life offer by April 2023).

const SECTION = "minimum-expectations";

export function checkMinimumExpectations(data: TPlanMinimumExpectations | undefined, result: CheckResult): void {
  const entries = data?.expectations ?? {};
  for (const strand of STRANDS) {
    const minimums = expectationsFor({ strand: strand.id, kind: "minimum" });
    const answered = minimums.filter((e) => entries[e.id]?.status);
    // A strand not yet begun is one problem, not one per expectation, so the error summary stays readable.
    if (minimums.length > 0 && answered.length === 0) {
      result.errors.push({
        sectionKey: SECTION,
        path: issuePath("strands", strand.id),
        code: "strand-statuses-missing",
        message: `Give a status for each of the ${minimums.length} minimum expectations for ${strandInSentence(strand.id)}`,
        guidanceHref: strandHref(strand.id),
      });
      continue;
    }
    for (const expectation of minimums) {
      const entry = entries[expectation.id];
      const name = `'${shortName(expectation.summary)}'`;
      const guidanceHref = catalogueHref(expectation.id);
      if (!entry?.status) {
        result.errors.push({
          sectionKey: SECTION,
          path: issuePath("expectations", expectation.id, "status"),
          code: "expectation-status-missing",
          message: `Select whether ${name} is already met, will be met by a target date or is at risk`,
          guidanceHref,
        });
        continue;
      }
      const deadline = expectation.deadline;
      if ((entry.status === "planned" || entry.status === "at-risk") && entry.targetDate && deadline && !isOnOrBefore(entry.targetDate, deadline)) {
        result.errors.push({
          sectionKey: SECTION,
          path: issuePath("expectations", expectation.id, "targetDate"),
          code: "target-after-deadline",
          message: `The target date for ${name} must be on or before ${formatDate(deadline)}, its deadline. Bring the date forward to ${formatDate(deadline)} or earlier`,
          guidanceHref,
        });
      }
    }
  }
}
