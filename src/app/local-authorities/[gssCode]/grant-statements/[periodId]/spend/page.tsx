import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { PageHeading } from "@/components/page-heading";
import { SpendForm } from "@/components/grants/spend-form";
import { spendLines } from "@/components/grants/spend-lines";
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
    <>
      <BackLink href={back}>Back to the statement</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <PageHeading caption={`${la.name} – ${label}`}>Spend per funding line</PageHeading>
            {comment && (
              <InsetText>
                <strong>The programme team asked for changes:</strong> {comment.reason}
              </InsetText>
            )}
            <p>Enter the spend on each funding line from 1 April to {period.kind === "interim" ? "the end of the period" : "31 March"}, in pounds and pence. It cannot be more than the allocation.</p>
            <SpendForm
              action={saveSectionAction.bind(null, { kind: "GRANT_STATEMENT", submissionId: submission.id, sectionKey: "spend", next: grantPath(la.gssCode, period.id, "check") })}
              version={versions.spend ?? 0}
              kind={period.kind}
              lines={spendLines(context.allocations, document.spend)}
            />
          </div>
        </div>
      </main>
    </>
  );
}
