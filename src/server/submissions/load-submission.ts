import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SubmissionKind, SubmissionDocument } from "@/domain/submissions/types";
import { can } from "@/domain/permissions";
import { localAuthorityScope, type Actor } from "@/server/authorise";
import type { Db, Tx } from "@/server/db/client";
import { notFoundError } from "@/server/errors";

export const submissionSelect = {
  id: true,
  kind: true,
  localAuthorityGss: true,
  periodKey: true,
  revision: true,
  status: true,
  version: true,
  catalogueVersion: true,
  sentForSignOffAt: true,
  sentForSignOffById: true,
  submittedAt: true,
  decidedAt: true,
  createdAt: true,
  updatedAt: true,
  localAuthority: { select: { gssCode: true, name: true, region: true, isTrailblazer: true } },
  sections: { select: { key: true, data: true, version: true, updatedAt: true, updatedById: true } },
} satisfies Prisma.SubmissionSelect;

export type LoadedSubmission = Prisma.SubmissionGetPayload<{ select: typeof submissionSelect }>;

export function documentOf(submission: Pick<LoadedSubmission, "sections">): SubmissionDocument {
  return Object.fromEntries(submission.sections.map((s) => [s.key, s.data]));
}

export function sectionVersions(submission: Pick<LoadedSubmission, "sections">): Record<string, number> {
  return Object.fromEntries(submission.sections.map((s) => [s.key, s.version]));
}

/** One submission by id, only if the actor may see its LA; otherwise "not found". */
export async function loadSubmission({ db, actor, id }: { db: Db | Tx; actor: Actor; id: string }): Promise<LoadedSubmission> {
  const submission = await db.submission.findFirst({
    where: { AND: [{ id }, { localAuthority: localAuthorityScope(actor) }] },
    select: submissionSelect,
  });
  if (!submission || !can(actor, "la.view", { localAuthorityGss: submission.localAuthorityGss, region: submission.localAuthority.region })) {
    throw notFoundError("That record");
  }
  return submission;
}

/** The latest revision of an LA's submission of one kind and period, or null if none was started. */
export async function findLatestRevision({
  db,
  actor,
  kind,
  localAuthorityGss,
  periodKey,
}: {
  db: Db | Tx;
  actor: Actor;
  kind: SubmissionKind;
  localAuthorityGss: string;
  periodKey: string;
}): Promise<LoadedSubmission | null> {
  return db.submission.findFirst({
    where: { AND: [{ kind, localAuthorityGss, periodKey }, { localAuthority: localAuthorityScope(actor) }] },
    orderBy: { revision: "desc" },
    select: submissionSelect,
  });
}
