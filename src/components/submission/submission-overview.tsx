import Link from "next/link";
import type { ReactNode } from "react";
import { InsetText } from "@/components/inset-text";
import { TaskList } from "@/components/task-list";
import { Button } from "@/components/button";
import { formatDateTime } from "@/domain/dates";
import type { TaskItem } from "@/domain/submissions/task-list";
import type { SubmissionStatus } from "@/domain/submissions/types";
import { ReturnedBanner } from "./returned-banner";
import { SubmissionStatusTag } from "./status-tag";

export interface OverviewSubmission {
  revision: number;
  status: SubmissionStatus;
  sentForSignOffAt: Date | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
}

/**
 * The task list page of any submission. Kind-specific pages pass the derived task items,
 * links, and any workflow controls (withdraw, sign) as `actions`.
 */
export function SubmissionOverview({
  noun,
  submission,
  items,
  sectionHref,
  editable,
  checkHref,
  historyHref,
  printHref,
  banner,
  returned,
  actions,
}: {
  noun: string;
  submission: OverviewSubmission;
  items: TaskItem[];
  sectionHref: (key: string) => string;
  editable: boolean;
  checkHref: string;
  historyHref: string;
  printHref?: string;
  banner?: ReactNode;
  /** The review that returned the previous revision: its comments show while this revision is a draft. */
  returned?: { comments: { sectionKey: string; reason: string }[]; summary: string | null } | null;
  actions?: ReactNode;
}) {
  const completed = items.filter((i) => i.status === "Completed").length;
  const sectionTitle = (key: string) => items.find((i) => i.key === key)?.title ?? key;
  return (
    <>
      {banner}
      {submission.status === "DRAFT" && returned && <ReturnedBanner comments={returned.comments} summary={returned.summary} sectionTitle={sectionTitle} />}
      <p>
        <SubmissionStatusTag status={submission.status} /> <span className="ml-2">Revision {submission.revision}</span>
      </p>
      {submission.status === "AWAITING_SIGN_OFF" && submission.sentForSignOffAt && (
        <InsetText>
          Sent for sign-off on {formatDateTime(submission.sentForSignOffAt)}. It cannot be changed unless the lead withdraws it or the signer sends it back.
        </InsetText>
      )}
      {submission.status === "SUBMITTED" && submission.submittedAt && <InsetText>Signed and submitted on {formatDateTime(submission.submittedAt)}. The programme team will review it.</InsetText>}
      {submission.status === "APPROVED" && submission.decidedAt && <InsetText>Approved on {formatDateTime(submission.decidedAt)}.</InsetText>}
      {actions}
      <h2 className="govuk-heading-m">
        {editable ? `You have completed ${completed} of ${items.length} sections` : `Sections of the ${noun}`}
      </h2>
      <TaskList
        idPrefix="section"
        items={items.map((item) => ({ id: `section-${item.key}`, title: item.title, status: item.status, href: editable ? sectionHref(item.key) : undefined }))}
      />
      {editable && (
        <Button href={checkHref} variant="primary">
          Check your answers
        </Button>
      )}
      <p>
        <Link href={historyHref}>See the history of this {noun}</Link>
        {printHref && (
          <>
            {" "}
            · <Link href={printHref}>Print view</Link>
          </>
        )}
      </p>
    </>
  );
}
