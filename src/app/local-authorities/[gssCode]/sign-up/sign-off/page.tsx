import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { DeclineForm } from "@/components/submission/decline-form";
import { DocumentView } from "@/components/submission/document-view";
import { SignOffForm } from "@/components/submission/sign-off-form";
import { SIGN_UP_DECLARATION } from "@/domain/sign-up/definition";
import { declineAction } from "@/server/actions/submissions/workflow-actions";
import { signSignUpAction } from "@/server/actions/sign-up/sign-sign-up";
import { requireActor } from "@/server/access";
import { loadSignUp, signUpPath } from "@/server/sign-up/load-sign-up";
import { signUpKindServer } from "@/server/sign-up/sign-up-kind";
import { documentOf } from "@/server/submissions/load-submission";
import { signingCapacity, snapshotOf } from "@/server/submissions/sign-submission";
import { signUpDocumentSections } from "../sign-up-summary";

type Params = { params: Promise<{ gssCode: string }> };

export const metadata: Metadata = { title: "Sign the sign-up" };

export default async function SignOffSignUpPage({ params }: Params) {
  const actor = await requireActor();
  const { db, la, submission } = await loadSignUp(actor, (await params).gssCode);
  if (!submission || submission.status !== "AWAITING_SIGN_OFF") notFound();
  const capacity = await signingCapacity(db, actor, signUpKindServer, submission);
  if (!capacity) notFound();
  const path = signUpPath(la.gssCode);
  const target = { kind: "SIGN_UP" as const, submissionId: submission.id, expectedVersion: submission.version, next: path };
  return (
    <>
      <BackLink href={path}>Back to the sign-up</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <PageHeading caption={la.name}>Sign the sign-up</PageHeading>
            <p>Read the whole sign-up. What you sign is exactly what is shown here.</p>
            <DocumentView sections={signUpDocumentSections(documentOf(submission))} />
            <SignOffForm action={signSignUpAction.bind(null, target)} declaration={SIGN_UP_DECLARATION} sha256={snapshotOf(submission).sha256} />
            <h2 className="govuk-heading-m">If you cannot sign it</h2>
            <DeclineForm action={declineAction.bind(null, target)} />
          </div>
        </div>
      </main>
    </>
  );
}
