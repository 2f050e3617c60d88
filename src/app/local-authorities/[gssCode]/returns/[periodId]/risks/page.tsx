import type { Metadata } from "next";
import { Details } from "@/components/details";
import { RisksForm } from "@/components/returns/risks-form";
import { RISK_RATING_INTERPRETATION } from "@/domain/return/risk-rating";
import type { TReturnRisks } from "@/schemas/return/risks";
import { loadEditableReturnSection, ReturnSectionFrame, type ReturnSectionParams } from "../section-page";

export const metadata: Metadata = { title: "Risks and issues" };

export default async function RisksPage({ params }: ReturnSectionParams) {
  const { gssCode, periodId } = await params;
  const page = await loadEditableReturnSection(gssCode, periodId, "risks");
  return (
    <ReturnSectionFrame
      back={page.taskList}
      caption={`${page.la.name} – ${page.period.label}`}
      title="Risks and issues"
      comment={page.comment}
      intro={
        <>
          <p>Your register is carried forward from last quarter. Update each risk, close any that no longer apply with a reason, and add new ones.</p>
          <Details summary="How the rating is worked out">{RISK_RATING_INTERPRETATION}</Details>
        </>
      }
    >
      <RisksForm key={page.version} action={page.action} autosave={page.autosave} version={page.version} saved={page.data as TReturnRisks | undefined} />
    </ReturnSectionFrame>
  );
}
