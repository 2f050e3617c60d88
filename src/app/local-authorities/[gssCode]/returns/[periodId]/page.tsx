import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { InsetText } from "@/components/inset-text";
import { PageHeading } from "@/components/page-heading";
import { StepForm } from "@/components/submission/step-form";
import { ReturnedBanner } from "@/components/submission/returned-banner";
import { SubmissionOverview } from "@/components/submission/submission-overview";
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
      <>
        {crumbs}
        <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
          <PageHeading caption={la.name}>{period.label}</PageHeading>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
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
            </div>
          </div>
        </main>
      </>
    );
  }

  const { submission, items, returned, editable, sections, actor, db, late } = page;
  const sectionTitle = (key: string) => sections.find((s) => s.key === key)?.title ?? key;
  const mayWithdraw = submission.status === "AWAITING_SIGN_OFF" && permissions.sendForSignOff;
  const maySign = submission.status === "AWAITING_SIGN_OFF" && (await signingCapacity(db, actor, returnKindServer, submission)) !== null;
  const base = returnPath(la.gssCode, period.id);

  return (
    <>
      {crumbs}
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={la.name}>{period.label}</PageHeading>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
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
              banner={submission.status === "DRAFT" && returned ? <ReturnedBanner comments={returned.comments} summary={returned.summary} sectionTitle={sectionTitle} /> : undefined}
              actions={
                <>
                  {maySign && (
                    <p>
                      <Button href={returnPath(la.gssCode, period.id, "sign-off")}>Review and sign the return</Button>
                    </p>
                  )}
                  {mayWithdraw && (
                    <StepForm
                      action={withdrawAction.bind(null, { kind: "DELIVERY_RETURN", submissionId: submission.id, expectedVersion: submission.version, next: base })}
                      buttonText="Withdraw it to make changes"
                      variant="secondary"
                    />
                  )}
                  {!permissions.edit && submission.status === "DRAFT" && <p>Only the commissioning lead and contributors can change the return.</p>}
                  {!editable && submission.status !== "DRAFT" && (
                    <p>
                      <Link href={returnPath(la.gssCode, period.id, "check")}>Read the return</Link>
                    </p>
                  )}
                </>
              }
            />
          </div>
        </div>
      </main>
    </>
  );
}
