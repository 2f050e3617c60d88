import type { Metadata } from "next";
import { expectationsFor, STRANDS } from "@/catalogue/lookup";
import { Button } from "@/components/button";
import { TaskList } from "@/components/task-list";
import { strandExpectationsProgress } from "@/domain/plan/progress";
import type { TPlanMinimumExpectations } from "@/schemas/plan/minimum-expectations";
import { planPath } from "@/server/plans/load-plan-page";
import { loadEditablePlanSection, PlanSectionFrame } from "../section-page";
import { PROGRAMME_END } from "@/catalogue/deadlines";
import { formatDate } from "@/domain/dates";

export const metadata: Metadata = { title: "Minimum expectations" };

export default async function MinimumExpectationsPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const page = await loadEditablePlanSection((await params).gssCode, "minimum-expectations");
  const data = page.data as TPlanMinimumExpectations | undefined;
  const items = STRANDS.flatMap((strand) => {
    const minimums = expectationsFor({ strand: strand.id, kind: "minimum" });
    if (minimums.length === 0) return [];
    const answered = minimums.filter((e) => data?.expectations[e.id]?.status).length;
    return [
      {
        id: `strand-${strand.id}`,
        title: strand.name,
        href: planPath(page.la.gssCode, "minimum-expectations", strand.id),
        hint: `${answered} of ${minimums.length} answered`,
        status: strandExpectationsProgress(strand.id, data),
      },
    ];
  });
  return (
    <PlanSectionFrame gssCode={page.la.gssCode} laName={page.la.name} title="Minimum expectations" comment={page.comment}>
      <p className="govuk-body">
        For every minimum expectation, say whether it is already met, when it will be met, or whether it is at risk. Every one must be met by {formatDate(PROGRAMME_END)} at the latest,
        or earlier where the programme guide says so.
      </p>
      <TaskList items={items} idPrefix="strands" />
      <Button href={planPath(page.la.gssCode)}>Return to your delivery plan</Button>
    </PlanSectionFrame>
  );
}
