import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { laUserIds, notifyUsers } from "@/server/notifications";
import { applyTransition, authoriseTransition } from "./apply-transition";
import type { SubmissionKindServer } from "./kind-server";
import { loadSubmission } from "./load-submission";
import { submissionPath } from "./submission-paths";

export async function approveSubmission({
  db,
  actor,
  kindServer,
  submissionId,
  expectedVersion,
  summary,
  now = programmeNow(),
}: {
  db: Db;
  actor: Actor;
  kindServer: SubmissionKindServer;
  submissionId: string;
  expectedVersion: number;
  summary?: string;
  now?: Date;
}) {
  const { definition } = kindServer;
  const submission = await loadSubmission({ db, actor, id: submissionId });
  authoriseTransition(actor, kindServer, submission, "approve");
  await db.$transaction(async (tx) => {
    await applyTransition(tx, { actor, submission, name: "approve", expectedVersion, noun: definition.noun, data: { decidedAt: now } });
    await tx.review.create({ data: { submissionId: submission.id, reviewerId: actor.id, decision: "APPROVED", summary: summary || null, createdAt: now } });
    await notifyUsers(tx, await laUserIds(tx, submission.localAuthorityGss), {
      subject: `Your ${definition.noun} has been approved`,
      message: `The programme team approved ${submission.localAuthority.name}'s ${definition.noun}.${summary ? ` ${summary}` : ""}`,
      href: submissionPath(submission),
    });
  });
}

export interface SectionComment {
  sectionKey: string;
  reason: string;
}

/**
 * Returns the submission for changes: closes this revision and opens the next as a draft
 * with the same content, so the LA changes only what the reviewer named.
 */
export async function returnForChanges({
  db,
  actor,
  kindServer,
  submissionId,
  expectedVersion,
  comments,
  summary,
  now = programmeNow(),
}: {
  db: Db;
  actor: Actor;
  kindServer: SubmissionKindServer;
  submissionId: string;
  expectedVersion: number;
  comments: SectionComment[];
  summary?: string;
  now?: Date;
}): Promise<{ newRevisionId: string }> {
  const { definition } = kindServer;
  const submission = await loadSubmission({ db, actor, id: submissionId });
  authoriseTransition(actor, kindServer, submission, "returnForChanges");
  const known = new Set(definition.sections.map((s) => s.key));
  if (comments.length === 0) throw new AppError("INVALID_INPUT", "Name at least one section that needs changes, with a reason.");
  const unknown = comments.find((c) => !known.has(c.sectionKey));
  if (unknown) throw new AppError("INVALID_INPUT", `There is no section called "${unknown.sectionKey}".`);

  return db.$transaction(async (tx) => {
    await applyTransition(tx, {
      actor,
      submission,
      name: "returnForChanges",
      expectedVersion,
      noun: definition.noun,
      data: { decidedAt: now },
      audit: { sections: comments.map((c) => c.sectionKey) },
    });
    await tx.review.create({
      data: { submissionId: submission.id, reviewerId: actor.id, decision: "RETURNED", summary: summary || null, createdAt: now, comments: { create: comments } },
    });
    const next = await tx.submission.create({
      data: {
        kind: submission.kind,
        localAuthorityGss: submission.localAuthorityGss,
        periodKey: submission.periodKey,
        revision: submission.revision + 1,
        catalogueVersion: submission.catalogueVersion,
        createdById: actor.id,
        sections: { create: submission.sections.map((s) => ({ key: s.key, data: s.data as Prisma.InputJsonValue, updatedById: s.updatedById })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "submission.revision-opened",
      subjectType: "submission",
      subjectId: next.id,
      localAuthorityGss: submission.localAuthorityGss,
      data: { fromRevision: submission.revision, revision: submission.revision + 1 },
    });
    // Everyone at the LA hears of it, not only the person who submitted.
    await notifyUsers(tx, await laUserIds(tx, submission.localAuthorityGss), {
      subject: `Your ${definition.noun} needs changes`,
      message: `The programme team returned ${submission.localAuthority.name}'s ${definition.noun} for changes to: ${comments.map((c) => definition.sections.find((s) => s.key === c.sectionKey)?.title ?? c.sectionKey).join(", ")}.`,
      href: submissionPath(submission),
    });
    return { newRevisionId: next.id };
  });
}
