import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { PageHeading } from "@/components/page-heading";
import { SpendSummary } from "@/components/grants/spend-summary";
import { DeclineForm } from "@/components/submission/decline-form";
import { SignOffForm } from "@/components/submission/sign-off-form";
import { SubmissionPageFrame } from "@/components/submission/submission-page-frame";
import { WarningsWithExplanations } from "@/components/submission/warnings-with-explanations";
import { declineAction, signAction } from "@/server/actions/submissions/workflow-actions";
import { grantKindServer } from "@/server/grants/grant-kind";
import { grantPath } from "@/server/grants/grant-statements";
import { loadGrantPage } from "@/server/grants/load-grant-page";
import { checkSubmission } from "@/server/submissions/check-submission";
import { signingCapacity, snapshotOf } from "@/server/submissions/sign-submission";

export const metadata: Metadata = { title: "Sign the statement of grant usage" };

/** The finance officer (section 151 officer or delegate) signs; nobody signs on their behalf. */
export default async function SignGrantStatementPage({ params }: { params: Promise<{ gssCode: string; periodId: string }> }) {
  const { gssCode, periodId } = await params;
  const page = await loadGrantPage(gssCode, periodId);
  const { la, period, label, submission, db, actor, context } = page;
  const capacity = submission ? await signingCapacity(db, actor, grantKindServer, submission) : null;
  if (!submission || !capacity) notFound();
  const back = grantPath(la.gssCode, period.id);

  if (submission.status !== "AWAITING_SIGN_OFF") {
    return (
      <>
        <BackLink href={back}>Back to the statement</BackLink>
        <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
          <PageHeading caption={la.name}>There is nothing to sign</PageHeading>
          <p>The statement of grant usage is not waiting for sign-off.</p>
        </main>
      </>
    );
  }

  const check = await checkSubmission(db, grantKindServer, submission);
  const snapshot = snapshotOf(submission);
  const target = { kind: "GRANT_STATEMENT" as const, submissionId: submission.id, expectedVersion: submission.version, next: back };
  const sectionTitle = (key: string) => grantKindServer.definition.sections.find((s) => s.key === key)?.title ?? key;

  return (
    <SubmissionPageFrame nav={<BackLink href={back}>Back to the statement</BackLink>} caption={`${la.name} – ${label}`} title="Sign the statement of grant usage">
      <p>Read the statement. When you sign, exactly these figures are submitted to the programme team and can no longer be changed.</p>
      <InsetText>
        Revision {submission.revision}. Reference of this content: <span className="govuk-font-16 break-all font-mono">{snapshot.sha256}</span>
      </InsetText>
      <h2 className="govuk-heading-m">Spend per funding line</h2>
      <SpendSummary kind={period.kind} allocations={context.allocations} data={page.document?.spend} />
      <h2 className="govuk-heading-m">Warnings and explanations</h2>
      <WarningsWithExplanations warnings={check.warnings} explanations={check.explanations} sectionTitle={sectionTitle} />
      <h2 className="govuk-heading-m">Sign the statement</h2>
      <SignOffForm action={signAction.bind(null, target)} declaration={grantKindServer.definition.declaration} sha256={snapshot.sha256} />
      <h2 className="govuk-heading-m">Or send it back</h2>
      <DeclineForm action={declineAction.bind(null, target)} />
    </SubmissionPageFrame>
  );
}
