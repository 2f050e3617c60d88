import "server-only";
import type { SubmissionKind } from "@/domain/submissions/types";
import { localAuthorityScope, type Actor } from "@/server/authorise";
import type { Db } from "@/server/db/client";

/** Every revision of one LA's submission with its sign-offs and review decisions, newest first. Three queries. */
export async function loadHistory({ db, actor, kind, localAuthorityGss, periodKey }: { db: Db; actor: Actor; kind: SubmissionKind; localAuthorityGss: string; periodKey: string }) {
  const revisions = await db.submission.findMany({
    where: { AND: [{ kind, localAuthorityGss, periodKey }, { localAuthority: localAuthorityScope(actor) }] },
    orderBy: { revision: "desc" },
    select: {
      id: true,
      revision: true,
      status: true,
      createdAt: true,
      sentForSignOffAt: true,
      sentForSignOffById: true,
      submittedAt: true,
      decidedAt: true,
      signOffs: { select: { id: true, signerId: true, onBehalfOfId: true, decision: true, reason: true, snapshotSha256: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      reviews: { select: { id: true, reviewerId: true, decision: true, summary: true, createdAt: true, comments: { select: { sectionKey: true, reason: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  const userIds = new Set<string>();
  for (const r of revisions) {
    if (r.sentForSignOffById) userIds.add(r.sentForSignOffById);
    for (const s of r.signOffs) [s.signerId, s.onBehalfOfId].forEach((id) => id && userIds.add(id));
    for (const v of r.reviews) userIds.add(v.reviewerId);
  }
  const users = userIds.size ? await db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return { revisions, nameOf: (id: string | null) => (id ? (names.get(id) ?? "A former user") : "") };
}

export type SubmissionHistory = Awaited<ReturnType<typeof loadHistory>>;
