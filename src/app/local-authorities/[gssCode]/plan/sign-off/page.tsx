import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { PageHeading } from "@/components/page-heading";
import { PlanSectionSummary } from "@/components/plan/plan-section-summary";
import { DeclineForm } from "@/components/submission/decline-form";
import { DocumentView } from "@/components/submission/document-view";
import { SignOffForm } from "@/components/submission/sign-off-form";
import { WarningsWithExplanations } from "@/components/submission/warnings-with-explanations";
import { declineAction, signAction } from "@/server/actions/submissions/workflow-actions";
import { loadPlanPage, planPath } from "@/server/plans/load-plan-page";
import { planKindServer } from "@/server/plans/plan-kind";
import { checkSubmission } from "@/server/submissions/check-submission";
import { signingCapacity, snapshotOf } from "@/server/submissions/sign-submission";

export const metadata: Metadata = { title: "Sign the delivery plan" };

export default async function SignOffPlanPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const page = await loadPlanPage((await params).gssCode);
  if (!page.submission) notFound();
  const { la, submission, db, actor, sections, document } = page;
  const capacity = await signingCapacity(db, actor, planKindServer, submission);
  if (!capacity) notFound();
  const back = planPath(la.gssCode);
  const sectionTitle = (key: string) => sections.find((s) => s.key === key)?.title ?? key;

  if (submission.status !== "AWAITING_SIGN_OFF") {
    return (
      <>
        <BackLink href={back}>Back to the delivery plan</BackLink>
        <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
          <PageHeading caption={la.name}>There is nothing to sign</PageHeading>
          <p>The delivery plan is not waiting for sign-off.</p>
        </main>
      </>
    );
  }

  const check = await checkSubmission(db, planKindServer, submission);
  const snapshot = snapshotOf(submission);
  const onBehalfOf = capacity.onBehalfOfId ? ((await db.user.findUnique({ where: { id: capacity.onBehalfOfId }, select: { name: true } }))?.name ?? "the accountable lead") : undefined;
  const target = { kind: "PLAN" as const, submissionId: submission.id, expectedVersion: submission.version, next: back };

  return (
    <>
      <BackLink href={back}>Back to the delivery plan</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={la.name}>Sign the delivery plan</PageHeading>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p>Read the whole plan. When you sign, exactly this content is submitted to the programme team and can no longer be changed.</p>
            <InsetText>
              Revision {submission.revision}. Reference of this content: <span className="break-all font-mono govuk-font-16">{snapshot.sha256}</span>
            </InsetText>
            <h2 className="govuk-heading-m">Warnings and the lead's explanations</h2>
            <WarningsWithExplanations warnings={check.warnings} explanations={check.explanations} sectionTitle={sectionTitle} />
            <h2 className="govuk-heading-m">The plan</h2>
            <DocumentView sections={(sections ?? []).map((s) => ({ key: s.key, title: s.title, content: <PlanSectionSummary sectionKey={s.key} data={document?.[s.key]} /> }))} />
            <h2 className="govuk-heading-m">Sign the plan</h2>
            <SignOffForm action={signAction.bind(null, target)} declaration={planKindServer.definition.declaration} sha256={snapshot.sha256} onBehalfOf={onBehalfOf} />
            <h2 className="govuk-heading-m">Or send it back</h2>
            <DeclineForm action={declineAction.bind(null, target)} />
          </div>
        </div>
      </main>
    </>
  );
}
