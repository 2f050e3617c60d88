import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { SubmissionOverview } from "@/components/submission/submission-overview";
import { SubmissionPageFrame } from "@/components/submission/submission-page-frame";
import { SubmissionWorkflowControls } from "@/components/submission/submission-workflow-controls";
import { withdrawAction } from "@/server/actions/submissions/workflow-actions";
import { startPlanAction } from "@/server/actions/plans/start-plan";
import { loadPlanPage, planPath } from "@/server/plans/load-plan-page";
import { signingCapacity } from "@/server/submissions/sign-submission";
import { planKindServer } from "@/server/plans/plan-kind";
import { PROGRAMME_END } from "@/catalogue/deadlines";
import { formatDate } from "@/domain/dates";

export const metadata: Metadata = { title: "Your delivery plan" };

type Params = { params: Promise<{ gssCode: string }> };

export default async function PlanPage({ params }: Params) {
  const page = await loadPlanPage((await params).gssCode);
  const { la, submission, permissions } = page;
  const crumbs = <Breadcrumbs items={[{ text: la.name, href: `/local-authorities/${la.gssCode}` }, { text: "Delivery plan" }]} />;

  if (!submission) {
    return (
      <SubmissionPageFrame nav={crumbs} caption={la.name} title="Your delivery plan">
        <p>The delivery plan sets out how {la.name} will meet every minimum expectation by {formatDate(PROGRAMME_END)}, which ‘go further’ options it will deliver, its family hubs and its quarterly milestones.</p>
        <p>You can save each section and come back to it. When every section is complete, the commissioning lead sends it to the single accountable lead to sign, and it is then submitted to the programme team.</p>
        {permissions.edit ? (
          <form action={startPlanAction.bind(null, la.gssCode)}>
            <Button>Start your delivery plan</Button>
          </form>
        ) : (
          <p>{la.name} has not started its delivery plan yet.</p>
        )}
      </SubmissionPageFrame>
    );
  }

  const { items, returned, editable, actor, db } = page;
  const mayWithdraw = submission.status === "AWAITING_SIGN_OFF" && permissions.sendForSignOff;
  const maySign = submission.status === "AWAITING_SIGN_OFF" && (await signingCapacity(db, actor, planKindServer, submission)) !== null;
  const base = planPath(la.gssCode);

  return (
    <SubmissionPageFrame nav={crumbs} caption={la.name} title="Your delivery plan">
      <SubmissionOverview
        noun="delivery plan"
        submission={submission}
        items={items}
        editable={editable}
        sectionHref={(key) => planPath(la.gssCode, key)}
        checkHref={planPath(la.gssCode, "check")}
        historyHref={planPath(la.gssCode, "history")}
        printHref={planPath(la.gssCode, "print")}
        returned={returned}
        actions={
          <SubmissionWorkflowControls
            status={submission.status}
            signOff={maySign ? { href: planPath(la.gssCode, "sign-off"), buttonText: "Review and sign the plan" } : undefined}
            withdraw={mayWithdraw ? withdrawAction.bind(null, { kind: "PLAN", submissionId: submission.id, expectedVersion: submission.version, next: base }) : undefined}
            mayEdit={editable}
            whoMayEdit="Only the commissioning lead and contributors can change the plan."
          >
            {(submission.status === "SUBMITTED" || submission.status === "APPROVED") && (
              <p>
                <Link href={planPath(la.gssCode, "print")}>Read the plan as submitted</Link>
              </p>
            )}
          </SubmissionWorkflowControls>
        }
      />
    </SubmissionPageFrame>
  );
}
