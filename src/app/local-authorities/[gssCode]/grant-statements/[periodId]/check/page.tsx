import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { SpendSummary } from "@/components/grants/spend-summary";
import { CheckAnswers } from "@/components/submission/check-answers";
import { SendForSignOff } from "@/components/submission/send-for-sign-off";
import { SubmissionPageFrame } from "@/components/submission/submission-page-frame";
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
  const hrefFor = (issue: Issue) => `${grantPath(la.gssCode, period.id, issue.sectionKey)}${issue.path ? `#${fieldId(issue.path)}` : ""}`;
  const back = grantPath(la.gssCode, period.id);

  return (
    <SubmissionPageFrame nav={<BackLink href={back}>Back to the statement</BackLink>} caption={`${la.name} – ${label}`} title="Check your statement of grant usage">
      <CheckAnswers
        noun="statement"
        check={check}
        sections={sections}
        hrefFor={hrefFor}
        explanations={
          editable
            ? { action: saveExplanationsAction.bind(null, { kind: "GRANT_STATEMENT", submissionId: submission.id, next: grantPath(la.gssCode, period.id, "check") }), expectedVersion: page.versions[EXPLANATIONS_SECTION] ?? 0 }
            : undefined
        }
        summary={(key) => <SpendSummary kind={period.kind} allocations={context.allocations} data={document[key]} />}
        changeHref={editable ? (key) => grantPath(la.gssCode, period.id, key) : undefined}
      />

      {submission.status === "DRAFT" && permissions.edit && (
        <SendForSignOff
          noun="statement"
          signer="Your finance officer"
          check={check}
          action={sendForSignOffAction.bind(null, { kind: "GRANT_STATEMENT", submissionId: submission.id, expectedVersion: submission.version, next: back })}
        />
      )}
    </SubmissionPageFrame>
  );
}
