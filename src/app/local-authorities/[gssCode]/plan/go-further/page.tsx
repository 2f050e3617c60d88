import type { Metadata } from "next";
import { Button } from "@/components/button";
import { TaskList } from "@/components/task-list";
import { goFurtherCount } from "@/domain/plan/progress";
import type { TPlanGoFurther } from "@/schemas/plan/go-further";
import { planPath } from "@/server/plans/load-plan-page";
import { loadEditablePlanSection, PlanSectionFrame } from "../section-page";
import { goFurtherStrands } from "./go-further-page";

export const metadata: Metadata = { title: "Going further" };

export default async function GoFurtherPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const page = await loadEditablePlanSection((await params).gssCode, "go-further");
  const data = page.data as TPlanGoFurther | undefined;
  const items = goFurtherStrands().map((strand) => {
    const count = goFurtherCount(strand.id, data);
    return {
      id: `strand-${strand.id}`,
      title: strand.name,
      href: planPath(page.la.gssCode, "go-further", strand.id),
      hint: `${count === 0 ? "None chosen yet" : count === 1 ? "1 chosen" : `${count} chosen`}${strand.funded ? "" : " (optional: not a funded service)"}`,
      status: count > 0 ? ("Completed" as const) : ("Not started" as const),
    };
  });
  return (
    <PlanSectionFrame gssCode={page.la.gssCode} laName={page.la.name} title="Going further" comment={page.comment}>
      <p className="govuk-body">
        For each service the programme funds, choose at least one way you will go further than the minimum expectations: options from the programme guide, your own
        ideas, or both. Choose more where most of a strand’s minimum expectations are already met.
      </p>
      <TaskList items={items} idPrefix="strands" />
      <Button href={planPath(page.la.gssCode)}>Return to your delivery plan</Button>
    </PlanSectionFrame>
  );
}
