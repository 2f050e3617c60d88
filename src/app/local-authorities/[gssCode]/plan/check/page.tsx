import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { WarningText } from "@/components/warning-text";
import { PlanSectionSummary } from "@/components/plan/plan-section-summary";
import { DocumentView } from "@/components/submission/document-view";
import { CheckProblems } from "@/components/submission/check-problems";
import { StepForm } from "@/components/submission/step-form";
import { EXPLANATIONS_SECTION } from "@/domain/submissions/types";
import { changedSections } from "@/domain/submissions/snapshot";
import { saveExplanationsAction } from "@/server/actions/submissions/save-explanations";
import { sendForSignOffAction } from "@/server/actions/submissions/workflow-actions";
import { loadPlanPage, planPath } from "@/server/plans/load-plan-page";
import { planIssueHref } from "@/server/plans/plan-links";
import { planKindServer } from "@/server/plans/plan-kind";
import { checkSubmission } from "@/server/submissions/check-submission";

export const metadata: Metadata = { title: "Check your delivery plan" };

export default async function CheckPlanPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const page = await loadPlanPage((await params).gssCode);
  if (!page.submission) redirect(planPath(page.la.gssCode));
  const { la, submission, sections, document, editable, permissions, db, returned } = page;
  const check = await checkSubmission(db, planKindServer, submission);
  const sectionTitle = (key: string) => sections.find((s) => s.key === key)?.title ?? key;
  const count = (list: { sectionKey: string }[], key: string) => list.filter((i) => i.sectionKey === key).length;
  const changed = returned ? new Set(changedSections(returned.documentAsReturned, document, sections.map((s) => s.key))) : new Set<string>();
  const back = planPath(la.gssCode);

  return (
    <>
      <BackLink href={back}>Back to your delivery plan</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={la.name}>Check your delivery plan</PageHeading>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <CheckProblems
              noun="plan"
              check={check}
              hrefFor={(issue) => planIssueHref(la.gssCode, issue)}
              sectionTitle={sectionTitle}
              explanations={
                editable
                  ? { action: saveExplanationsAction.bind(null, { kind: "PLAN", submissionId: submission.id, next: planPath(la.gssCode, "check") }), expectedVersion: page.versions[EXPLANATIONS_SECTION] ?? 0 }
                  : undefined
              }
            />

            <h2 className="govuk-heading-l">Your answers</h2>
            <DocumentView
              sections={sections.map((s) => ({
                key: s.key,
                title: s.title,
                content: <PlanSectionSummary sectionKey={s.key} data={document[s.key]} />,
                changeHref: editable ? planPath(la.gssCode, s.key) : undefined,
                errors: count(check.errors, s.key),
                warnings: count(check.warnings, s.key),
                changedSinceReturn: changed.has(s.key),
              }))}
            />

            {submission.status === "DRAFT" && permissions.sendForSignOff && (
              <>
                <h2 className="govuk-heading-m">Send the plan for sign-off</h2>
                {check.errors.length > 0 ? (
                  <WarningText>You cannot send the plan for sign-off until every problem is fixed.</WarningText>
                ) : (
                  <>
                    <p>The single accountable lead will be asked to read and sign the plan. Once they sign it, it is submitted to the programme team and can no longer be changed.</p>
                    {check.unexplained.length > 0 && <WarningText>Explain every warning above before you send the plan.</WarningText>}
                    <StepForm
                      action={sendForSignOffAction.bind(null, { kind: "PLAN", submissionId: submission.id, expectedVersion: submission.version, next: back })}
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
