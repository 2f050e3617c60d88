import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { PageHeading } from "@/components/page-heading";
import { ReturnSectionSummary } from "@/components/returns/return-section-summary";
import { DeclineForm } from "@/components/submission/decline-form";
import { DocumentView } from "@/components/submission/document-view";
import { SignOffForm } from "@/components/submission/sign-off-form";
import { SubmissionPageFrame } from "@/components/submission/submission-page-frame";
import { WarningsWithExplanations } from "@/components/submission/warnings-with-explanations";
import { WarningText } from "@/components/warning-text";
import { signReturnAction } from "@/server/actions/returns/return-steps";
import { declineAction } from "@/server/actions/submissions/workflow-actions";
import { loadReturnPage } from "@/server/returns/load-return-page";
import { returnKindServer } from "@/server/returns/return-kind";
import { returnPath } from "@/server/returns/return-paths";
import { checkSubmission } from "@/server/submissions/check-submission";
import { signingCapacity, snapshotOf } from "@/server/submissions/sign-submission";

export const metadata: Metadata = { title: "Sign the delivery return" };

export default async function SignOffReturnPage({ params }: { params: Promise<{ gssCode: string; periodId: string }> }) {
  const { gssCode, periodId } = await params;
  const page = await loadReturnPage(gssCode, periodId);
  const { la, period, submission, db, actor } = page;
  const capacity = submission ? await signingCapacity(db, actor, returnKindServer, submission) : null;
  if (!page.submission || !submission || !capacity) notFound();
  const { sections, document, context, refusal } = page;
  const back = returnPath(la.gssCode, period.id);
  const sectionTitle = (key: string) => sections.find((s) => s.key === key)?.title ?? key;

  if (submission.status !== "AWAITING_SIGN_OFF") {
    return (
      <>
        <BackLink href={back}>Back to the delivery return</BackLink>
        <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
          <PageHeading caption={`${la.name} – ${period.label}`}>There is nothing to sign</PageHeading>
          <p>The delivery return is not waiting for sign-off.</p>
        </main>
      </>
    );
  }

  const check = await checkSubmission(db, returnKindServer, submission);
  const snapshot = snapshotOf(submission);
  const onBehalfOf = capacity.onBehalfOfId ? ((await db.user.findUnique({ where: { id: capacity.onBehalfOfId }, select: { name: true } }))?.name ?? "the accountable lead") : undefined;
  const target = { submissionId: submission.id, expectedVersion: submission.version, next: back };

  return (
    <SubmissionPageFrame nav={<BackLink href={back}>Back to the delivery return</BackLink>} caption={`${la.name} – ${period.label}`} title="Sign the delivery return">
      <p>Read the whole return. When you sign, exactly this content is submitted to the programme team and can no longer be changed.</p>
      <InsetText>
        Revision {submission.revision}. Reference of this content: <span className="break-all font-mono govuk-font-16">{snapshot.sha256}</span>
      </InsetText>
      {refusal && <WarningText>{refusal}</WarningText>}
      <h2 className="govuk-heading-m">Warnings and the lead’s explanations</h2>
      <WarningsWithExplanations warnings={check.warnings} explanations={check.explanations} sectionTitle={sectionTitle} />
      <h2 className="govuk-heading-m">The return</h2>
      <DocumentView
        sections={sections.map((s) => ({ key: s.key, title: s.title, content: <ReturnSectionSummary sectionKey={s.key} data={document[s.key]} planMilestones={context.planMilestones} /> }))}
      />
      <h2 className="govuk-heading-m">Sign the return</h2>
      <SignOffForm action={signReturnAction.bind(null, target)} declaration={returnKindServer.definition.declaration} sha256={snapshot.sha256} onBehalfOf={onBehalfOf} />
      <h2 className="govuk-heading-m">Or send it back</h2>
      <DeclineForm action={declineAction.bind(null, { kind: "DELIVERY_RETURN", ...target })} />
    </SubmissionPageFrame>
  );
}
