import type { Metadata } from "next";
import { AnnualQuestionsForm } from "@/components/returns/annual-questions-form";
import type { TReturnAnnualQuestions } from "@/schemas/return/annual-questions";
import { loadEditableReturnSection, ReturnSectionFrame, type ReturnSectionParams } from "../section-page";

export const metadata: Metadata = { title: "Annual questions" };

export default async function AnnualQuestionsPage({ params }: ReturnSectionParams) {
  const { gssCode, periodId } = await params;
  const page = await loadEditableReturnSection(gssCode, periodId, "annual-questions");
  return (
    <ReturnSectionFrame
      back={page.taskList}
      caption={`${page.la.name} – ${page.period.label}`}
      title="Annual questions: service improvements and joint working"
      comment={page.comment}
      intro={<p>We ask these once a year, in the January return.</p>}
    >
      <AnnualQuestionsForm key={page.version} action={page.action} autosave={page.autosave} version={page.version} saved={page.data as TReturnAnnualQuestions | undefined} />
    </ReturnSectionFrame>
  );
}
