import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { InsetText } from "@/components/inset-text";
import { PageHeading } from "@/components/page-heading";
import { SubmissionOverview } from "@/components/submission/submission-overview";
import { StepForm } from "@/components/submission/step-form";
import { formatDate } from "@/domain/dates";
import { isExtendedDeadline } from "@/domain/sign-up/deadline";
import { can } from "@/domain/permissions";
import { SIGN_UP_SECTIONS } from "@/domain/sign-up/sections";
import { taskListItems } from "@/domain/submissions/task-list";
import { isEditable } from "@/domain/submissions/workflow";
import { startSignUpAction } from "@/server/actions/sign-up/start-sign-up";
import { withdrawAction } from "@/server/actions/submissions/workflow-actions";
import { requireActor } from "@/server/access";
import { loadSignUp, signUpPath } from "@/server/sign-up/load-sign-up";
import { loadSignUpContext } from "@/server/sign-up/sign-up-kind";
import { documentOf } from "@/server/submissions/load-submission";
import { signingCapacity } from "@/server/submissions/sign-submission";
import { signUpKindServer } from "@/server/sign-up/sign-up-kind";
import { TrailblazerDecisions } from "./trailblazer-decisions";

type Params = { params: Promise<{ gssCode: string }> };

export const metadata: Metadata = { title: "Programme sign-up" };

export default async function SignUpPage({ params }: Params) {
  const actor = await requireActor();
  const { db, la, submission } = await loadSignUp(actor, (await params).gssCode);
  const resource = { localAuthorityGss: la.gssCode, region: la.region };
  const mayEdit = can(actor, "signup.edit", resource);
  const context = await loadSignUpContext(db, la.gssCode);
  const path = signUpPath(la.gssCode);
  const late = context.today > context.deadline;

  let actions = null;
  if (submission?.status === "AWAITING_SIGN_OFF") {
    const capacity = await signingCapacity(db, actor, signUpKindServer, submission);
    const target = { kind: "SIGN_UP" as const, submissionId: submission.id, expectedVersion: submission.version, next: path };
    actions = (
      <>
        {capacity && <Button href={`${path}/sign-off`}>Read and sign the sign-up</Button>}
        {can(actor, "signup.submit", resource) && <StepForm action={withdrawAction.bind(null, target)} buttonText="Withdraw it to make changes" variant="secondary" />}
      </>
    );
  }

  return (
    <>
      <Breadcrumbs items={[{ text: la.name, href: `/local-authorities/${la.gssCode}` }, { text: "Programme sign-up" }]} />
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <PageHeading caption={la.name}>Programme sign-up</PageHeading>
            <p>
              {late ? "The deadline for this sign-up was" : "Send your sign-up by"} <strong>{formatDate(context.deadline)}</strong>
              {isExtendedDeadline(context.deadline) ? " (extended by the programme team)" : ""}.
            </p>
            {!submission ? (
              mayEdit ? (
                <>
                  <p>
                    Sign up to deliver the programme: commit to its expectations, name the people who signed up and who you consulted, and apply to be a trailblazer if you
                    wish. The commissioning lead sends it to the accountable lead to sign.
                  </p>
                  {late && <InsetText>The deadline has passed. You can prepare your sign-up, but ask the programme team to extend your deadline before you send it.</InsetText>}
                  <form action={startSignUpAction.bind(null, la.gssCode)}>
                    <Button isStartButton>Start your sign-up</Button>
                  </form>
                </>
              ) : (
                <p>{la.name} has not started its sign-up.</p>
              )
            ) : (
              <SubmissionOverview
                noun="sign-up"
                submission={submission}
                items={taskListItems(SIGN_UP_SECTIONS, documentOf(submission))}
                sectionHref={(key) => `${path}/${key}`}
                editable={mayEdit && isEditable(submission.status)}
                checkHref={`${path}/check`}
                historyHref={`${path}/history`}
                actions={actions}
              />
            )}
            <TrailblazerDecisions localAuthorityGss={la.gssCode} />
            {can(actor, "signup.review") && submission && submission.status !== "DRAFT" && (
              <p>
                <Link href={`/trailblazers/${la.gssCode}`}>Open the trailblazer application for the panel</Link>
              </p>
            )}
          </div>
        </div>
      </main>
    </>
  );
}
