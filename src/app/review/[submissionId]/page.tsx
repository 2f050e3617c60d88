import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { DocumentView } from "@/components/submission/document-view";
import { ReviewDecisionForm } from "@/components/submission/review-decision-form";
import { SectionSummary } from "@/components/submission/section-summary";
import { SubmissionStatusTag } from "@/components/submission/status-tag";
import { WarningsWithExplanations } from "@/components/submission/warnings-with-explanations";
import { formatDateTime } from "@/domain/dates";
import { KIND_LABELS } from "@/domain/submissions/workflow";
import { reviewDecisionAction } from "@/server/actions/submissions/workflow-actions";
import { orNotFound } from "@/server/page-errors";
import { loadReviewPage } from "@/server/review/load-review-page";
import { submissionPath } from "@/server/submissions/submission-paths";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ params }: { params: Promise<{ submissionId: string }> }) {
  const page = await orNotFound(loadReviewPage((await params).submissionId));
  const { submission, sections, document, check, signOff, changedSinceLastRevision, previousComments, mayDecide, context } = page;
  const title = `${KIND_LABELS[submission.kind]}${submission.kind === "DELIVERY_RETURN" || submission.kind === "GRANT_STATEMENT" ? ` ${submission.periodKey}` : ""}`;
  const sectionTitle = (key: string) => sections.find((s) => s.key === key)?.title ?? key;
  const count = (list: { sectionKey: string }[], key: string) => list.filter((i) => i.sectionKey === key).length;
  const changed = new Set(changedSinceLastRevision ?? []);

  return (
    <>
      <BackLink href="/review">Back to the review queue</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={submission.localAuthority.name}>{title}</PageHeading>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <SummaryList
              rows={[
                { key: "Status", value: <SubmissionStatusTag status={submission.status} /> },
                { key: "Revision", value: String(submission.revision) },
                { key: "Submitted", value: submission.submittedAt ? formatDateTime(submission.submittedAt) : "Not yet" },
                {
                  key: "Signed by",
                  value: signOff ? `${signOff.signerName}${signOff.onBehalfOfName ? ` on behalf of ${signOff.onBehalfOfName}` : ""}, ${formatDateTime(signOff.createdAt)}` : "Not signed",
                },
                { key: "Content reference (SHA-256)", value: <span className="break-all font-mono govuk-font-16">{signOff?.snapshotSha256 ?? "None"}</span> },
              ]}
            />
            <p>
              <Link href={`${submissionPath(submission)}/history`}>See the full history</Link>
            </p>
            {changedSinceLastRevision && (
              <InsetText>
                <p>
                  <strong>Since the revision you returned:</strong>{" "}
                  {changedSinceLastRevision.length === 0 ? "nothing has changed." : `${changedSinceLastRevision.map(sectionTitle).join(", ")} changed.`}
                </p>
                {previousComments.length > 0 && (
                  <ul className="govuk-list govuk-list-bullet">
                    {previousComments.map((c) => (
                      <li key={c.sectionKey}>
                        You asked: {sectionTitle(c.sectionKey)} – {c.reason}
                      </li>
                    ))}
                  </ul>
                )}
              </InsetText>
            )}
            <h2 className="govuk-heading-m">Warnings and explanations</h2>
            <WarningsWithExplanations warnings={check.warnings} explanations={check.explanations} sectionTitle={sectionTitle} />
            <h2 className="govuk-heading-m">Content</h2>
            <DocumentView
              sections={sections.map((s) => ({
                key: s.key,
                title: s.title,
                content: <SectionSummary kind={submission.kind} sectionKey={s.key} data={document[s.key]} context={context} />,
                warnings: count(check.warnings, s.key),
                changedSinceReturn: changed.has(s.key),
              }))}
            />
            {mayDecide && (
              <>
                <h2 className="govuk-heading-l">Your decision</h2>
                <ReviewDecisionForm
                  action={reviewDecisionAction.bind(null, { kind: submission.kind, submissionId: submission.id, expectedVersion: submission.version, next: "/review" })}
                  sections={sections.map((s) => ({ key: s.key, title: s.title }))}
                />
              </>
            )}
          </div>
        </div>
      </main>
    </>
  );
}
