import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { ReturnSectionSummary } from "@/components/returns/return-section-summary";
import { CheckAnswers } from "@/components/submission/check-answers";
import { SendForSignOff } from "@/components/submission/send-for-sign-off";
import { SubmissionPageFrame } from "@/components/submission/submission-page-frame";
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
  const changed = returned ? new Set(changedSections(returned.documentAsReturned, document, sections.map((s) => s.key))) : undefined;
  const back = returnPath(la.gssCode, period.id);
  const draft = submission.status === "DRAFT";

  return (
    <SubmissionPageFrame
      nav={<BackLink href={back}>Back to your delivery return</BackLink>}
      caption={`${la.name} – ${period.label}`}
      title={draft ? "Check your delivery return" : "Your delivery return"}
    >
      <CheckAnswers
        noun="return"
        check={check}
        showProblems={draft}
        sections={sections}
        hrefFor={(issue) => returnIssueHref(la.gssCode, period.id, issue)}
        explanations={
          editable
            ? { action: saveExplanationsAction.bind(null, { kind: "DELIVERY_RETURN", submissionId: submission.id, next: returnPath(la.gssCode, period.id, "check") }), expectedVersion: page.versions[EXPLANATIONS_SECTION] ?? 0 }
            : undefined
        }
        summary={(key) => <ReturnSectionSummary sectionKey={key} data={document[key]} planMilestones={context.planMilestones} />}
        changeHref={editable ? (key) => returnPath(la.gssCode, period.id, key) : undefined}
        changedSinceReturn={changed}
      />

      {draft && permissions.sendForSignOff && (
        <SendForSignOff
          noun="return"
          signer="The single accountable lead"
          refusal={refusal}
          check={check}
          action={sendReturnForSignOffAction.bind(null, { submissionId: submission.id, expectedVersion: submission.version, next: back })}
        />
      )}
    </SubmissionPageFrame>
  );
}
