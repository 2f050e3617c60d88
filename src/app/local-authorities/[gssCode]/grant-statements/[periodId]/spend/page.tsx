import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SpendForm } from "@/components/grants/spend-form";
import { spendLines } from "@/components/grants/spend-lines";
import { SectionPageFrame } from "@/components/submission/section-page-frame";
import { saveSectionAction } from "@/server/actions/submissions/save-section";
import { grantPath } from "@/server/grants/grant-statements";
import { loadGrantPage } from "@/server/grants/load-grant-page";

export const metadata: Metadata = { title: "Spend per funding line" };

export default async function SpendPage({ params }: { params: Promise<{ gssCode: string; periodId: string }> }) {
  const { gssCode, periodId } = await params;
  const page = await loadGrantPage(gssCode, periodId);
  if (!page.submission || !page.editable) redirect(grantPath(page.la.gssCode, page.period.id));
  const { la, period, label, submission, context, document, versions, returned } = page;
  const comment = returned?.comments.find((c) => c.sectionKey === "spend");
  const back = grantPath(la.gssCode, period.id);
  return (
    <SectionPageFrame backHref={back} backText="Back to the statement" caption={`${la.name} – ${label}`} title="Spend per funding line" comment={comment}>
      <p>Enter the spend on each funding line from 1 April to {period.kind === "interim" ? "the end of the period" : "31 March"}, in pounds and pence. It cannot be more than the allocation.</p>
      <SpendForm
        action={saveSectionAction.bind(null, { kind: "GRANT_STATEMENT", submissionId: submission.id, sectionKey: "spend", next: grantPath(la.gssCode, period.id, "check") })}
        version={versions.spend ?? 0}
        kind={period.kind}
        lines={spendLines(context.allocations, document.spend)}
      />
    </SectionPageFrame>
  );
}
