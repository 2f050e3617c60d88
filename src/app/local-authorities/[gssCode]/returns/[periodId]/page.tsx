import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { InsetText } from "@/components/inset-text";
import { StepForm } from "@/components/submission/step-form";
import { SubmissionOverview } from "@/components/submission/submission-overview";
import { SubmissionPageFrame } from "@/components/submission/submission-page-frame";
import { SubmissionWorkflowControls } from "@/components/submission/submission-workflow-controls";
import { Tag } from "@/components/tag";
import { WarningText } from "@/components/warning-text";
import { formatDate } from "@/domain/dates";
import { daysText } from "@/domain/return/periods";
import { startReturnAction } from "@/server/actions/returns/return-steps";
import { withdrawAction } from "@/server/actions/submissions/workflow-actions";
import { loadReturnPage } from "@/server/returns/load-return-page";
import { returnKindServer } from "@/server/returns/return-kind";
import { returnPath } from "@/server/returns/return-paths";
import { signingCapacity } from "@/server/submissions/sign-submission";

export const metadata: Metadata = { title: "Your delivery return" };

type Params = { params: Promise<{ gssCode: string; periodId: string }> };

export default async function ReturnPage({ params }: Params) {
  const { gssCode, periodId } = await params;
  const page = await loadReturnPage(gssCode, periodId);
  const { la, period, standing, permissions, refusal } = page;
  const crumbs = (
    <Breadcrumbs
      items={[
        { text: la.name, href: `/local-authorities/${la.gssCode}` },
        { text: "Delivery returns", href: returnPath(la.gssCode) },
        { text: period.label },
      ]}
    />
  );
  const deadline =
    standing.kind === "owed" ? (
      <p>
        Covers {formatDate(period.covers.from)} to {formatDate(period.covers.to)}. Due {formatDate(standing.status.due)}
        {standing.status.extended ? " (extended for your local authority)" : ""}; it locks after {formatDate(standing.status.locks ?? standing.status.due)}.{" "}
        {(standing.status.state === "open" || standing.status.state === "overdue") && (
          <Tag colour={standing.status.state === "overdue" ? "red" : "blue"}>{daysText(standing.status)}</Tag>
        )}
      </p>
    ) : null;

  if (!page.submission) {
    return (
      <SubmissionPageFrame nav={crumbs} caption={la.name} title={period.label}>
        {deadline}
        {refusal ? (
          <WarningText>{refusal}</WarningText>
        ) : permissions.edit ? (
          <>
            <p>The return starts from your last one: your register of services, open risks and milestone statuses are carried forward, and each figure shows last quarter’s value beside it.</p>
            <StepForm action={startReturnAction.bind(null, { gssCode: la.gssCode, periodId: period.id })} buttonText="Start this return" />
          </>
        ) : (
          <p>{la.name} has not started this return yet.</p>
        )}
      </SubmissionPageFrame>
    );
  }

  const { submission, items, returned, editable, actor, db, late } = page;
  const mayWithdraw = submission.status === "AWAITING_SIGN_OFF" && permissions.sendForSignOff;
  const maySign = submission.status === "AWAITING_SIGN_OFF" && (await signingCapacity(db, actor, returnKindServer, submission)) !== null;
  const base = returnPath(la.gssCode, period.id);

  return (
    <SubmissionPageFrame nav={crumbs} caption={la.name} title={period.label}>
      {deadline}
      {late && (
        <InsetText>
          <Tag colour="orange">Submitted late</Tag> This return was submitted after its due date of {formatDate(page.due)}.
        </InsetText>
      )}
      {refusal && submission.status === "DRAFT" && <WarningText>{refusal}</WarningText>}
      <SubmissionOverview
        noun="delivery return"
        submission={submission}
        items={items}
        editable={editable}
        sectionHref={(key) => returnPath(la.gssCode, period.id, key)}
        checkHref={returnPath(la.gssCode, period.id, "check")}
        historyHref={returnPath(la.gssCode, period.id, "history")}
        returned={returned}
        actions={
          <SubmissionWorkflowControls
            status={submission.status}
            signOff={maySign ? { href: returnPath(la.gssCode, period.id, "sign-off"), buttonText: "Review and sign the return" } : undefined}
            withdraw={mayWithdraw ? withdrawAction.bind(null, { kind: "DELIVERY_RETURN", submissionId: submission.id, expectedVersion: submission.version, next: base }) : undefined}
            mayEdit={permissions.edit}
            whoMayEdit="Only the commissioning lead and contributors can change the return."
          >
            {!editable && submission.status !== "DRAFT" && (
              <p>
                <Link href={returnPath(la.gssCode, period.id, "check")}>Read the return</Link>
              </p>
            )}
          </SubmissionWorkflowControls>
        }
      />
    </SubmissionPageFrame>
  );
}
