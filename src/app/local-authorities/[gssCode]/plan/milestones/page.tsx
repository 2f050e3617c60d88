import type { Metadata } from "next";
import { isWithin } from "@/catalogue/calendar";
import Link from "next/link";
import { Button } from "@/components/button";
import { ButtonGroup } from "@/components/button-group";
import { Paragraphs } from "@/components/plan/hub-summary";
import { SummaryCard } from "@/components/summary-card";
import { SummaryList } from "@/components/summary-list";
import { formatDate } from "@/domain/dates";
import { FIXED_MILESTONES_NEEDING_DESCRIPTION, ENTERED_FIXED_MILESTONES } from "@/domain/plan/fixed-milestones";
import { listFieldsExcept } from "@/domain/plan/form-fields";
import { MILESTONE_QUARTERS } from "@/domain/plan/milestone-quarters";
import { planPath } from "@/server/plans/load-plan-page";
import { PlanSectionFrame } from "../section-page";
import { FixedMilestonesForm } from "./fixed-milestones-form";
import { loadMilestone } from "./milestone-page";

export const metadata: Metadata = { title: "Milestones" };

export default async function MilestonesPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const { page, data } = await loadMilestone((await params).gssCode);
  const path = (...rest: string[]) => planPath(page.la.gssCode, "milestones", ...rest);
  const own = data.transformation.map((milestone, index) => ({ milestone, index })).sort((a, b) => a.milestone.date.localeCompare(b.milestone.date));
  const uncovered = MILESTONE_QUARTERS.filter((q) => !own.some(({ milestone }) => isWithin(milestone.date, q)));
  const first = MILESTONE_QUARTERS[0];
  const last = MILESTONE_QUARTERS.at(-1);
  return (
    <PlanSectionFrame gssCode={page.la.gssCode} laName={page.la.name} title="Milestones" comment={page.comment}>
      <h2 className="govuk-heading-m">Fixed milestones</h2>
      <p className="govuk-body">Every area has these milestones. Give the date you will reach each one.</p>
      <FixedMilestonesForm
        action={page.save()}
        version={page.version}
        milestones={ENTERED_FIXED_MILESTONES.map((m) => ({
          id: m.id,
          label: m.label,
          window: `between ${formatDate(m.window.from)} and ${formatDate(m.window.to)}`,
          needsDescription: FIXED_MILESTONES_NEEDING_DESCRIPTION.includes(m.id),
        }))}
        saved={data.fixed}
        others={listFieldsExcept(data.transformation, "transformation")}
      />
      <h2 className="govuk-heading-m">Your quarterly transformation milestones</h2>
      <p className="govuk-body">
        Set out at least one milestone in every quarter{first && last ? ` from ${first.label} to ${last.label}` : ""}. Save the fixed milestones above before adding
        one, or your changes to them will be lost.
      </p>
      {uncovered.length > 0 && (
        <div className="govuk-body">
          <p className="govuk-body mb-[5px]">Quarters without a milestone yet:</p>
          <ul className="govuk-list govuk-list-bullet">
            {uncovered.map((q) => (
              <li key={q.id}>{q.label}</li>
            ))}
          </ul>
        </div>
      )}
      {own.map(({ milestone, index }) => (
        <SummaryCard
          key={milestone.id}
          title={milestone.title}
          titleText={milestone.title}
          titleLevel={3}
          actions={[
            { href: path(String(index)), text: "Change" },
            { href: path(String(index), "remove"), text: "Remove" },
          ]}
        >
          <SummaryList
            rows={[
              { key: "Date", value: formatDate(milestone.date) },
              { key: "Description", value: milestone.description ? <Paragraphs text={milestone.description} /> : "None given" },
            ]}
          />
        </SummaryCard>
      ))}
      <ButtonGroup>
        <Button href={path("add")} variant="secondary">
          {own.length === 0 ? "Add a milestone" : "Add another milestone"}
        </Button>
        <Link href={planPath(page.la.gssCode)}>Return to your delivery plan</Link>
      </ButtonGroup>
    </PlanSectionFrame>
  );
}
