import "server-only";
import { can } from "@/domain/permissions";
import { changedSections } from "@/domain/submissions/snapshot";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { checkSubmission } from "@/server/submissions/check-submission";
import { documentOf, loadSubmission } from "@/server/submissions/load-submission";
import { kindServerFor } from "@/server/submissions/registry";

/**
 * A submission as a reviewer reads it: the content, the rules' warnings with the LA's
 * explanations, the sign-off, and what changed since the revision they returned.
 */
export async function loadReviewPage(submissionId: string) {
  const actor = await requireActor();
  const { db } = await getDatabase();
  const submission = await loadSubmission({ db, actor, id: submissionId });
  const kindServer = await kindServerFor(submission.kind);
  const { definition } = kindServer;
  const resource = { localAuthorityGss: submission.localAuthorityGss, region: submission.localAuthority.region };
  const context = await kindServer.loadContext(db, submission);
  const sections = definition.sections.filter((s) => !s.appliesTo || s.appliesTo(context as never));
  const document = documentOf(submission);
  const [check, signOff, previous] = await Promise.all([
    checkSubmission(db, kindServer, submission),
    db.signOff.findFirst({ where: { submissionId: submission.id, decision: "SIGNED" }, orderBy: { createdAt: "desc" }, select: { signerId: true, onBehalfOfId: true, snapshotSha256: true, createdAt: true } }),
    submission.revision > 1
      ? db.submission.findFirst({
          where: { localAuthorityGss: submission.localAuthorityGss, kind: submission.kind, periodKey: submission.periodKey, revision: submission.revision - 1 },
          select: { id: true, sections: { select: { key: true, data: true } }, reviews: { select: { comments: { select: { sectionKey: true, reason: true } } }, orderBy: { createdAt: "desc" }, take: 1 } },
        })
      : null,
  ]);
  const names = signOff
    ? new Map((await db.user.findMany({ where: { id: { in: [signOff.signerId, signOff.onBehalfOfId ?? signOff.signerId] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]))
    : new Map<string, string>();
  const previousDocument = previous ? Object.fromEntries(previous.sections.map((s) => [s.key, s.data])) : null;
  return {
    actor,
    submission,
    definition,
    context,
    sections,
    document,
    check,
    signOff: signOff ? { ...signOff, signerName: names.get(signOff.signerId) ?? "", onBehalfOfName: signOff.onBehalfOfId ? (names.get(signOff.onBehalfOfId) ?? "") : null } : null,
    changedSinceLastRevision: previousDocument ? changedSections(previousDocument, document, sections.map((s) => s.key)) : null,
    previousComments: previous?.reviews[0]?.comments ?? [],
    mayDecide: submission.status === "SUBMITTED" && can(actor, definition.permissions.review, resource),
  };
}
