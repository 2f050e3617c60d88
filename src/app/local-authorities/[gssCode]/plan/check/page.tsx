import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { PlanSectionSummary } from "@/components/plan/plan-section-summary";
import { CheckAnswers } from "@/components/submission/check-answers";
import { SendForSignOff } from "@/components/submission/send-for-sign-off";
import { SubmissionPageFrame } from "@/components/submission/submission-page-frame";
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
  const changed = returned ? new Set(changedSections(returned.documentAsReturned, document, sections.map((s) => s.key))) : undefined;
  const back = planPath(la.gssCode);

  return (
    <SubmissionPageFrame nav={<BackLink href={back}>Back to your delivery plan</BackLink>} caption={la.name} title="Check your delivery plan">
      <CheckAnswers
        noun="plan"
        check={check}
        sections={sections}
        hrefFor={(issue) => planIssueHref(la.gssCode, issue)}
        explanations={
          editable
            ? { action: saveExplanationsAction.bind(null, { kind: "PLAN", submissionId: submission.id, next: planPath(la.gssCode, "check") }), expectedVersion: page.versions[EXPLANATIONS_SECTION] ?? 0 }
            : undefined
        }
        summary={(key) => <PlanSectionSummary sectionKey={key} data={document[key]} />}
        changeHref={editable ? (key) => planPath(la.gssCode, key) : undefined}
        changedSinceReturn={changed}
      />

      {submission.status === "DRAFT" && permissions.sendForSignOff && (
        <SendForSignOff
          noun="plan"
          signer="The single accountable lead"
          check={check}
          action={sendForSignOffAction.bind(null, { kind: "PLAN", submissionId: submission.id, expectedVersion: submission.version, next: back })}
        />
      )}
    </SubmissionPageFrame>
  );
}
