import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { StepForm } from "@/components/submission/step-form";
import { SubmissionOverview } from "@/components/submission/submission-overview";
import { SubmissionPageFrame } from "@/components/submission/submission-page-frame";
import { SubmissionWorkflowControls } from "@/components/submission/submission-workflow-controls";
import { WarningText } from "@/components/warning-text";
import { formatDate } from "@/domain/dates";
import { startGrantStatementAction } from "@/server/actions/grants/start-grant-statement";
import { withdrawAction } from "@/server/actions/submissions/workflow-actions";
import { grantKindServer } from "@/server/grants/grant-kind";
import { grantPath, grantStartRefusal } from "@/server/grants/grant-statements";
import { loadGrantPage } from "@/server/grants/load-grant-page";
import { signingCapacity } from "@/server/submissions/sign-submission";
import { SpendSummary } from "@/components/grants/spend-summary";

export const metadata: Metadata = { title: "Statement of grant usage" };

type Params = { params: Promise<{ gssCode: string; periodId: string }> };

export default async function GrantStatementPage({ params }: Params) {
  const { gssCode, periodId } = await params;
  const page = await loadGrantPage(gssCode, periodId);
  const { la, period, label, permissions, context, db, actor } = page;
  const base = grantPath(la.gssCode, period.id);
  const crumbs = (
    <Breadcrumbs items={[{ text: la.name, href: `/local-authorities/${la.gssCode}` }, { text: "Statements of grant usage", href: grantPath(la.gssCode) }, { text: label }]} />
  );
  const intro = (
    <p>
      Covers {formatDate(period.covers.from)} to {formatDate(period.covers.to)}. Due {formatDate(period.due)}.
    </p>
  );

  if (!page.submission) {
    const refusal = permissions.edit ? await grantStartRefusal(db, la.gssCode, period) : null;
    return (
      <SubmissionPageFrame nav={crumbs} caption={la.name} title={label}>
        {intro}
        <p>Report the spend on each funding line against your allocation for the year{period.kind === "interim" ? ", with a forecast for the rest of the year" : ""}.</p>
        <h2 className="govuk-heading-m">Your allocation</h2>
        <SpendSummary kind={period.kind} allocations={context.allocations} data={undefined} />
        {!permissions.edit ? (
          <p>{la.name} has not started this statement yet.</p>
        ) : refusal ? (
          <WarningText>{refusal}</WarningText>
        ) : (
          <StepForm action={startGrantStatementAction.bind(null, { gssCode: la.gssCode, periodId: period.id })} buttonText="Start the statement" />
        )}
      </SubmissionPageFrame>
    );
  }

  const { submission, items, editable, returned } = page;
  const maySign = submission.status === "AWAITING_SIGN_OFF" && (await signingCapacity(db, actor, grantKindServer, submission)) !== null;
  const mayWithdraw = submission.status === "AWAITING_SIGN_OFF" && permissions.edit;

  return (
    <SubmissionPageFrame nav={crumbs} caption={la.name} title={label}>
      {intro}
      <SubmissionOverview
        noun="statement of grant usage"
        submission={submission}
        items={items}
        editable={editable}
        sectionHref={(key) => grantPath(la.gssCode, period.id, key)}
        checkHref={grantPath(la.gssCode, period.id, "check")}
        historyHref={grantPath(la.gssCode, period.id, "history")}
        returned={returned}
        actions={
          <SubmissionWorkflowControls
            status={submission.status}
            signOff={maySign ? { href: grantPath(la.gssCode, period.id, "sign-off"), buttonText: "Review and sign the statement" } : undefined}
            withdraw={mayWithdraw ? withdrawAction.bind(null, { kind: "GRANT_STATEMENT", submissionId: submission.id, expectedVersion: submission.version, next: base }) : undefined}
            mayEdit={editable}
            whoMayEdit="Only the finance officer and the commissioning lead can change the statement."
          />
        }
      />
      {!editable && (
        <>
          <h2 className="govuk-heading-m">Spend per funding line</h2>
          <SpendSummary kind={period.kind} allocations={context.allocations} data={page.document.spend} />
          <p>
            <Link href={grantPath(la.gssCode, period.id, "check")}>Read the whole statement</Link>
          </p>
        </>
      )}
    </SubmissionPageFrame>
  );
}
