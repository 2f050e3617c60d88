import { formatDateTime } from "@/domain/dates";
import type { SubmissionStatus } from "@/domain/submissions/types";
import { SubmissionStatusTag } from "./status-tag";

interface HistoryRevision {
  id: string;
  revision: number;
  status: SubmissionStatus;
  createdAt: Date;
  sentForSignOffAt: Date | null;
  sentForSignOffById: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  signOffs: { id: string; signerId: string; onBehalfOfId: string | null; decision: "SIGNED" | "DECLINED"; reason: string | null; snapshotSha256: string | null; createdAt: Date }[];
  reviews: { id: string; reviewerId: string; decision: "APPROVED" | "RETURNED"; summary: string | null; createdAt: Date; comments: { sectionKey: string; reason: string }[] }[];
}

interface Event {
  at: Date;
  text: string;
  detail?: string[];
}

function eventsOf(r: HistoryRevision, nameOf: (id: string | null) => string, sectionTitle: (key: string) => string): Event[] {
  const events: Event[] = [{ at: r.createdAt, text: r.revision === 1 ? "Started" : `Revision ${r.revision} opened for changes` }];
  if (r.sentForSignOffAt) events.push({ at: r.sentForSignOffAt, text: `Sent for sign-off by ${nameOf(r.sentForSignOffById)}` });
  for (const s of r.signOffs) {
    const who = s.onBehalfOfId ? `${nameOf(s.signerId)} on behalf of ${nameOf(s.onBehalfOfId)}` : nameOf(s.signerId);
    events.push(
      s.decision === "SIGNED"
        ? { at: s.createdAt, text: `Signed and submitted by ${who}`, detail: s.snapshotSha256 ? [`SHA-256 of the signed content: ${s.snapshotSha256}`] : [] }
        : { at: s.createdAt, text: `Sign-off declined by ${who}`, detail: s.reason ? [s.reason] : [] },
    );
  }
  for (const v of r.reviews) {
    events.push({
      at: v.createdAt,
      text: v.decision === "APPROVED" ? `Approved by ${nameOf(v.reviewerId)}` : `Returned for changes by ${nameOf(v.reviewerId)}`,
      detail: [...v.comments.map((c) => `${sectionTitle(c.sectionKey)}: ${c.reason}`), ...(v.summary ? [v.summary] : [])],
    });
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Every revision, sign-off and decision, newest revision first. */
export function HistoryList({ revisions, nameOf, sectionTitle }: { revisions: HistoryRevision[]; nameOf: (id: string | null) => string; sectionTitle: (key: string) => string }) {
  return (
    <ol className="govuk-list" reversed>
      {revisions.map((r) => (
        <li key={r.id} className="mb-8 border-l-4 border-govuk-border pl-4">
          <h3 className="govuk-heading-s">
            Revision {r.revision} <SubmissionStatusTag status={r.status} />
          </h3>
          <ul className="govuk-list">
            {eventsOf(r, nameOf, sectionTitle).map((e, i) => (
              <li key={i}>
                <span className="govuk-font-16 block text-govuk-secondary-text">{formatDateTime(e.at)}</span>
                {e.text}
                {e.detail?.map((d, j) => (
                  <span key={j} className="govuk-font-16 block break-words">
                    {d}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
