import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { WarningText } from "@/components/warning-text";
import { SpendSummary } from "@/components/grants/spend-summary";
import { DocumentView } from "@/components/submission/document-view";
import { CheckProblems } from "@/components/submission/check-problems";
import { StepForm } from "@/components/submission/step-form";
import { EXPLANATIONS_SECTION, type Issue } from "@/domain/submissions/types";
import { fieldId } from "@/schemas/form-data";
import { saveExplanationsAction } from "@/server/actions/submissions/save-explanations";
import { sendForSignOffAction } from "@/server/actions/submissions/workflow-actions";
import { grantKindServer } from "@/server/grants/grant-kind";
import { grantPath } from "@/server/grants/grant-statements";
import { loadGrantPage } from "@/server/grants/load-grant-page";
import { checkSubmission } from "@/server/submissions/check-submission";

export const metadata: Metadata = { title: "Check your statement of grant usage" };

export default async function CheckGrantStatementPage({ params }: { params: Promise<{ gssCode: string; periodId: string }> }) {
  const { gssCode, periodId } = await params;
  const page = await loadGrantPage(gssCode, periodId);
  if (!page.submission) redirect(grantPath(page.la.gssCode, page.period.id));
  const { la, period, label, submission, sections, document, editable, permissions, db, context } = page;
  const check = await checkSubmission(db, grantKindServer, submission);
  const sectionTitle = (key: string) => sections.find((s) => s.key === key)?.title ?? key;
  const hrefFor = (issue: Issue) => `${grantPath(la.gssCode, period.id, issue.sectionKey)}${issue.path ? `#${fieldId(issue.path)}` : ""}`;
  const back = grantPath(la.gssCode, period.id);

  return (
    <>
      <BackLink href={back}>Back to the statement</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={`${la.name} – ${label}`}>Check your statement of grant usage</PageHeading>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <CheckProblems
              noun="statement"
              check={check}
              hrefFor={hrefFor}
              sectionTitle={sectionTitle}
              explanations={
                editable
                  ? { action: saveExplanationsAction.bind(null, { kind: "GRANT_STATEMENT", submissionId: submission.id, next: grantPath(la.gssCode, period.id, "check") }), expectedVersion: page.versions[EXPLANATIONS_SECTION] ?? 0 }
                  : undefined
              }
            />

            <h2 className="govuk-heading-l">Your answers</h2>
            <DocumentView
              sections={sections.map((s) => ({
                key: s.key,
                title: s.title,
                content: <SpendSummary kind={period.kind} allocations={context.allocations} data={document[s.key]} />,
                changeHref: editable ? grantPath(la.gssCode, period.id, s.key) : undefined,
                errors: check.errors.filter((i) => i.sectionKey === s.key).length,
                warnings: check.warnings.filter((i) => i.sectionKey === s.key).length,
              }))}
            />

            {submission.status === "DRAFT" && permissions.edit && (
              <>
                <h2 className="govuk-heading-m">Send the statement for sign-off</h2>
                {check.errors.length > 0 ? (
                  <WarningText>You cannot send the statement for sign-off until every problem is fixed.</WarningText>
                ) : (
                  <>
                    <p>Your finance officer will be asked to read and sign the statement. Once they sign it, it is submitted to the programme team and can no longer be changed.</p>
                    {check.unexplained.length > 0 && <WarningText>Explain every warning above before you send the statement.</WarningText>}
                    <StepForm
                      action={sendForSignOffAction.bind(null, { kind: "GRANT_STATEMENT", submissionId: submission.id, expectedVersion: submission.version, next: back })}
                      buttonText="Send for sign-off"
                    />
                  </>
                )}
              </>
            )}
          </div>
        </div>
      </main>
    </>
  );
}
