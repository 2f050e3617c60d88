import type { Metadata } from "next";
import { MilestonesForm } from "@/components/returns/milestones-form";
import { readReturnDocument } from "@/domain/return/sections";
import type { TReturnMilestones } from "@/schemas/return/milestones";
import { loadEditableReturnSection, ReturnSectionFrame, type ReturnSectionParams } from "../section-page";

export const metadata: Metadata = { title: "Milestones" };

export default async function MilestonesPage({ params }: ReturnSectionParams) {
  const { gssCode, periodId } = await params;
  const page = await loadEditableReturnSection(gssCode, periodId, "milestones");
  const milestones = page.context.planMilestones;
  return (
    <ReturnSectionFrame
      back={page.taskList}
      caption={`${page.la.name} – ${page.period.label}`}
      title="Milestones"
      comment={page.comment}
      intro={<p>Give the status of each milestone in your approved delivery plan at the end of the quarter this return covers.</p>}
    >
      {milestones.length === 0 ? (
        <p>Your approved delivery plan has no milestones to report on.</p>
      ) : (
        <MilestonesForm
          key={page.version}
          action={page.action}
          autosave={page.autosave}
          version={page.version}
          milestones={milestones}
          saved={page.data as TReturnMilestones | undefined}
          previous={readReturnDocument(page.context.previous).milestones}
        />
      )}
    </ReturnSectionFrame>
  );
}
