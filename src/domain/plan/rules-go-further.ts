import { FINANCIAL_YEARS, type QuarterId } from "@/catalogue/calendar";
import { TRAILBLAZERS } from "@/catalogue/cohorts";
import { expectationsFor, findExpectation, STRANDS } from "@/catalogue/lookup";
import type { StrandId } from "@/catalogue/types";
import type { CheckResult } from "@/domain/submissions/types";
import type { TPlanGoFurther } from "@/schemas/plan/go-further";
import type { TPlanMinimumExpectations } from "@/schemas/plan/minimum-expectations";
import type { PlanContext } from "./context";
import { goFurtherCount } from "./progress";
import { between, isTrailblazerStrand, issuePath, strandHref, strandInSentence } from "./rules-support";

const SECTION = "go-further";

/**
 * "If you are already delivering most or all of the minimum expectations, you will be expected to agree to use
 * the investment you receive to deliver more of the 'go further' options" (Funded services: delivery
 * expectations). Interpretation: "most" is more than half of a strand's minimum expectations marked already met,
 * and "more" is more than the one go-further every funded strand needs, so at least this many.
 */
export const GO_FURTHERS_EXPECTED_WHEN_MOSTLY_MET = 2;

function startQuarters(strand: StrandId, data: TPlanGoFurther | undefined): QuarterId[] {
  if (!data) return [];
  const chosen = Object.entries(data.chosen).filter(([id]) => findExpectation(id)?.strand === strand).map(([, c]) => c.startQuarter);
  return [...chosen, ...data.own.filter((idea) => idea.strand === strand).map((idea) => idea.startQuarter)];
}

export function checkGoFurther(
  data: TPlanGoFurther | undefined,
  expectations: TPlanMinimumExpectations | undefined,
  context: PlanContext,
  result: CheckResult,
): void {
  for (const strand of STRANDS.filter((s) => s.funded)) {
    const count = goFurtherCount(strand.id, data);
    const path = issuePath("strands", strand.id);
    const guidanceHref = strandHref(strand.id);
    // "for services funded by the programme, we will ask you to tell us how you will go further" (Minimum
    // expectations and 'go furthers').
    if (count === 0) {
      result.errors.push({
        sectionKey: SECTION,
        path,
        code: "go-further-missing",
        message: `Choose at least one 'go further' option for ${strandInSentence(strand.id)}, or add your own idea`,
        guidanceHref,
      });
      continue;
    }
    const minimums = expectationsFor({ strand: strand.id, kind: "minimum" });
    const met = minimums.filter((e) => expectations?.expectations[e.id]?.status === "met").length;
    if (met * 2 > minimums.length && count < GO_FURTHERS_EXPECTED_WHEN_MOSTLY_MET) {
      result.warnings.push({
        sectionKey: SECTION,
        path,
        code: "more-go-further-expected",
        message:
          `You already meet ${met} of the ${minimums.length} minimum expectations for ${strandInSentence(strand.id)}, so you are expected to ` +
          `take on more 'go further' options there. Choose another option or add your own idea, or explain why not`,
        guidanceHref,
      });
    }
  }
  if (context.isTrailblazer) checkTrailblazerYearOne(data, context, result);
}

// "all trailblazers will be expected to deliver visible, tangible change for families in the 2022-23 financial
// year" and "go further and faster in year one" (trailblazer guide, Objective one). Interpretation: in each strand
// it was selected for, a trailblazer has at least one go-further that starts in 2022–23; others may start later.
function checkTrailblazerYearOne(data: TPlanGoFurther | undefined, context: PlanContext, result: CheckResult): void {
  const year = FINANCIAL_YEARS.find((fy) => fy.id === TRAILBLAZERS.financialYear);
  if (!year) return;
  // In the guide's strand order, like every other list in the plan.
  for (const { id: strand } of STRANDS) {
    if (!isTrailblazerStrand(strand) || !context.trailblazerStrands.includes(strand)) continue;
    const inYearOne = startQuarters(strand, data).some((q) => year.quarters.some((yq) => yq.id === q));
    if (inYearOne) continue;
    result.errors.push({
      sectionKey: SECTION,
      path: issuePath("strands", strand),
      code: "trailblazer-go-further-not-year-one",
      message:
        `As a trailblazer for ${strandInSentence(strand)}, at least one of your 'go further' options for it must start in ${year.label}. ` +
        `Choose a start quarter ${between(year)}`,
      guidanceHref: strandHref(strand),
    });
  }
}
