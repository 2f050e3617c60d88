import "server-only";
import type { SubmissionDocument } from "@/domain/submissions/types";
import type { Db } from "@/server/db/client";
import type { LoadedSubmission } from "./load-submission";

export interface ReturnedRevision {
  comments: { sectionKey: string; reason: string }[];
  summary: string | null;
  /** The content as the reviewer returned it, to tell what the LA has changed since. */
  documentAsReturned: SubmissionDocument;
}

/** For a revision opened by a return: the reviewer's comments and the returned content. One query. */
export async function loadReturnedRevision(db: Db, submission: LoadedSubmission): Promise<ReturnedRevision | null> {
  if (submission.revision < 2) return null;
  const previous = await db.submission.findUnique({
    where: {
      localAuthorityGss_kind_periodKey_revision: {
        localAuthorityGss: submission.localAuthorityGss,
        kind: submission.kind,
        periodKey: submission.periodKey,
        revision: submission.revision - 1,
      },
    },
    select: {
      status: true,
      sections: { select: { key: true, data: true } },
      reviews: { where: { decision: "RETURNED" }, orderBy: { createdAt: "desc" }, take: 1, select: { summary: true, comments: { select: { sectionKey: true, reason: true } } } },
    },
  });
  const review = previous?.reviews[0];
  if (!previous || previous.status !== "RETURNED" || !review) return null;
  return {
    comments: review.comments,
    summary: review.summary,
    documentAsReturned: Object.fromEntries(previous.sections.map((s) => [s.key, s.data])),
  };
}
