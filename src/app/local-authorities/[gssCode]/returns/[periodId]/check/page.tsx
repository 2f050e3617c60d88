import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { ReturnSectionSummary } from "@/components/returns/return-section-summary";
import { DocumentView } from "@/components/submission/document-view";
import { CheckProblems } from "@/components/submission/check-problems";
import { StepForm } from "@/components/submission/step-form";
import { WarningText } from "@/components/warning-text";
import { changedSections } from "@/domain/submissions/snapshot";
import { EXPLANATIONS_SECTION } from "@/domain/submissions/types";
import { sendReturnForSignOffAction } from "@/server/actions/returns/return-steps";
import { saveExplanationsAction } from "@/server/actions/submissions/save-explanations";
import { loadReturnPage } from "@/server/returns/load-return-page";
import { returnKindServer } from "@/server/returns/return-kind";
import { returnIssueHref, returnPath } from "@/server/returns/return-paths";
import { checkSubmission } from "@/server/submissions/check-submission";

export const metadata: Metadata = { title: "Check your delivery return" };

export default async function CheckReturnPage({ params }: { params: Promise<{ gssCode: string; periodId: string }> }) {
  const { gssCode, periodId } = await params;
  const page = await loadReturnPage(gssCode, periodId);
  if (!page.submission) redirect(returnPath(page.la.gssCode, page.period.id));
  const { la, period, submission, sections, document, editable, permissions, db, returned, refusal, context } = page;
  const check = await checkSubmission(db, returnKindServer, submission);
  const sectionTitle = (key: string) => sections.find((s) => s.key === key)?.title ?? key;
  const count = (list: { sectionKey: string }[], key: string) => list.filter((i) => i.sectionKey === key).length;
  const changed = returned ? new Set(changedSections(returned.documentAsReturned, document, sections.map((s) => s.key))) : new Set<string>();
  const back = returnPath(la.gssCode, period.id);
  const hrefFor = (issue: { sectionKey: string; path: string }) => returnIssueHref(la.gssCode, period.id, issue);
  const draft = submission.status === "DRAFT";

  return (
    <>
      <BackLink href={back}>Back to your delivery return</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={`${la.name} – ${period.label}`}>{draft ? "Check your delivery return" : "Your delivery return"}</PageHeading>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <CheckProblems
              noun="return"
              check={check}
              showProblems={draft}
              hrefFor={hrefFor}
              sectionTitle={sectionTitle}
              explanations={
                editable
                  ? { action: saveExplanationsAction.bind(null, { kind: "DELIVERY_RETURN", submissionId: submission.id, next: returnPath(la.gssCode, period.id, "check") }), expectedVersion: page.versions[EXPLANATIONS_SECTION] ?? 0 }
                  : undefined
              }
            />

            <h2 className="govuk-heading-l">Your answers</h2>
            <DocumentView
              sections={sections.map((s) => ({
                key: s.key,
                title: s.title,
                content: <ReturnSectionSummary sectionKey={s.key} data={document[s.key]} planMilestones={context.planMilestones} />,
                changeHref: editable ? returnPath(la.gssCode, period.id, s.key) : undefined,
                errors: draft ? count(check.errors, s.key) : 0,
                warnings: count(check.warnings, s.key),
                changedSinceReturn: changed.has(s.key),
              }))}
            />

            {draft && permissions.sendForSignOff && (
              <>
                <h2 className="govuk-heading-m">Send the return for sign-off</h2>
                {refusal ? (
                  <WarningText>{refusal}</WarningText>
                ) : check.errors.length > 0 ? (
                  <WarningText>You cannot send the return for sign-off until every problem is fixed.</WarningText>
                ) : (
                  <>
                    <p>The single accountable lead will be asked to read and sign the return. Once they sign it, it is submitted to the programme team and can no longer be changed.</p>
                    {check.unexplained.length > 0 && <WarningText>Explain every warning above before you send the return.</WarningText>}
                    <StepForm action={sendReturnForSignOffAction.bind(null, { submissionId: submission.id, expectedVersion: submission.version, next: back })} buttonText="Send for sign-off" />
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
