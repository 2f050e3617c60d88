import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { DocumentView } from "@/components/submission/document-view";
import { ExplanationsForm } from "@/components/submission/explanations-form";
import { IssueList } from "@/components/submission/issue-list";
import { StepForm } from "@/components/submission/step-form";
import { WarningText } from "@/components/warning-text";
import { can } from "@/domain/permissions";
import { SIGN_UP_SECTIONS } from "@/domain/sign-up/sections";
import { EXPLANATIONS_SECTION, warningKey } from "@/domain/submissions/types";
import { isEditable } from "@/domain/submissions/workflow";
import { fieldId } from "@/schemas/form-data";
import { saveExplanationsAction } from "@/server/actions/submissions/save-explanations";
import { sendForSignOffAction } from "@/server/actions/submissions/workflow-actions";
import { requireActor } from "@/server/access";
import { loadSignUp, signUpPath } from "@/server/sign-up/load-sign-up";
import { signUpKindServer } from "@/server/sign-up/sign-up-kind";
import { checkSubmission } from "@/server/submissions/check-submission";
import { documentOf } from "@/server/submissions/load-submission";
import { signUpDocumentSections } from "../sign-up-summary";

type Params = { params: Promise<{ gssCode: string }> };

export const metadata: Metadata = { title: "Check your sign-up" };

const titleOf = (key: string) => SIGN_UP_SECTIONS.find((s) => s.key === key)?.title ?? "The whole sign-up";

export default async function CheckSignUpPage({ params }: Params) {
  const actor = await requireActor();
  const { db, la, submission } = await loadSignUp(actor, (await params).gssCode, "signup.edit");
  const path = signUpPath(la.gssCode);
  if (!submission || !isEditable(submission.status)) redirect(path);
  const check = await checkSubmission(db, signUpKindServer, submission);
  const explanationsVersion = submission.sections.find((s) => s.key === EXPLANATIONS_SECTION)?.version ?? 0;
  const mayEditSection = (key: string) => SIGN_UP_SECTIONS.some((s) => s.key === key);
  const hrefFor = (issue: { sectionKey: string; path: string }) => (mayEditSection(issue.sectionKey) ? `${path}/${issue.sectionKey}${issue.path ? `#${fieldId(issue.path)}` : ""}` : undefined);
  const target = { kind: "SIGN_UP" as const, submissionId: submission.id, expectedVersion: submission.version, next: path };

  return (
    <>
      <BackLink href={path}>Back to your sign-up</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <PageHeading caption={la.name}>Check your sign-up</PageHeading>
            {check.errors.length > 0 && (
              <>
                <h2 className="govuk-heading-m">{check.errors.length === 1 ? "1 problem to fix" : `${check.errors.length} problems to fix`}</h2>
                <IssueList issues={check.errors} hrefFor={hrefFor} sectionTitle={titleOf} />
              </>
            )}
            {check.warnings.length > 0 && (
              <>
                <h2 className="govuk-heading-m">Explain these warnings</h2>
                <ExplanationsForm
                  action={saveExplanationsAction.bind(null, { kind: "SIGN_UP", submissionId: submission.id, next: `${path}/check` })}
                  expectedVersion={explanationsVersion}
                  warnings={check.warnings.map((w) => ({ key: warningKey(w), message: w.message, sectionTitle: titleOf(w.sectionKey), href: hrefFor(w), explanation: check.explanations[warningKey(w)] }))}
                />
              </>
            )}
            <DocumentView sections={signUpDocumentSections(documentOf(submission), { changeHref: (key) => `${path}/${key}`, errors: check.errors, warnings: check.warnings })} />
            {can(actor, "signup.submit", { localAuthorityGss: la.gssCode, region: la.region }) ? (
              <>
                <h2 className="govuk-heading-m">Send for sign-off</h2>
                <p>The accountable lead will read the sign-up and sign it. Once signed, it is submitted to the programme team.</p>
                <StepForm action={sendForSignOffAction.bind(null, target)} buttonText="Send for sign-off" />
              </>
            ) : (
              <WarningText>Only the commissioning lead can send the sign-up for sign-off.</WarningText>
            )}
          </div>
        </div>
      </main>
    </>
  );
}
