import type { Metadata } from "next";
import { SuccessesForm } from "@/components/returns/successes-form";
import type { TReturnSuccesses } from "@/schemas/return/successes";
import { loadEditableReturnSection, ReturnSectionFrame, type ReturnSectionParams } from "../section-page";

export const metadata: Metadata = { title: "Successes and good practice" };

export default async function SuccessesPage({ params }: ReturnSectionParams) {
  const { gssCode, periodId } = await params;
  const page = await loadEditableReturnSection(gssCode, periodId, "successes");
  return (
    <ReturnSectionFrame
      back={page.taskList}
      caption={`${page.la.name} – ${page.period.label}`}
      title="Successes and good practice"
      comment={page.comment}
      intro={<p>Tell us what has gone well this quarter that other areas could learn from.</p>}
    >
      <SuccessesForm key={page.version} action={page.action} autosave={page.autosave} version={page.version} saved={page.data as TReturnSuccesses | undefined} />
    </ReturnSectionFrame>
  );
}
