import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, PERMISSIONS } from "@/domain/permissions";
import { programmeNow } from "@/server/clock";
import { signableSnapshot } from "@/domain/submissions/snapshot";
import { permissionFor } from "@/domain/submissions/workflow";
import type { Actor } from "@/server/authorise";
import type { Db, Tx } from "@/server/db/client";
import { AppError, notFoundError } from "@/server/errors";
import { departmentReviewerIds, laUserIds, notifyUsers } from "@/server/notifications";
import { applyTransition } from "./apply-transition";
import { checkSubmission } from "./check-submission";
import type { SubmissionKindServer } from "./kind-server";
import { documentOf, loadSubmission, type LoadedSubmission } from "./load-submission";
import { deputyNominator } from "./sign-off-deputies";
import { reviewPath, submissionPath } from "./submission-paths";

/** The exact content a signer is shown and signs. */
export function snapshotOf(submission: LoadedSubmission) {
  return signableSnapshot({
    kind: submission.kind,
    localAuthorityGss: submission.localAuthorityGss,
    periodKey: submission.periodKey,
    revision: submission.revision,
    catalogueVersion: submission.catalogueVersion,
    document: documentOf(submission),
  });
}

/** Whether the actor signs in their own right, as a nominated deputy (on behalf of someone), or not at all. */
export async function signingCapacity(db: Db | Tx, actor: Actor, kindServer: SubmissionKindServer, submission: LoadedSubmission): Promise<{ onBehalfOfId: string | null } | null> {
  const resource = { localAuthorityGss: submission.localAuthorityGss, region: submission.localAuthority.region };
  if (can(actor, permissionFor(kindServer.definition, "signOff"), resource)) return { onBehalfOfId: null };
  if (!kindServer.definition.deputiesMaySign || actor.localAuthorityGss !== submission.localAuthorityGss) return null;
  // Signing is the second pair of eyes: a deputy cannot sign what they sent for sign-off themselves.
  if (submission.sentForSignOffById === actor.id) return null;
  const nominator = await deputyNominator(db, submission.localAuthorityGss, actor.id);
  return nominator ? { onBehalfOfId: nominator } : null;
}

/**
 * Signs the submission with the declaration. `reviewedSha256` is the hash of what the
 * signer was shown: if the content differs now, nothing is signed.
 */
export async function signSubmission({
  db,
  actor,
  kindServer,
  submissionId,
  expectedVersion,
  reviewedSha256,
  now = programmeNow(),
}: {
  db: Db;
  actor: Actor;
  kindServer: SubmissionKindServer;
  submissionId: string;
  expectedVersion: number;
  reviewedSha256: string;
  now?: Date;
}) {
  const { definition } = kindServer;
  const submission = await loadSubmission({ db, actor, id: submissionId });
  const capacity = await signingCapacity(db, actor, kindServer, submission);
  if (!capacity) throw notFoundError("That record");
  await kindServer.assertAccepting?.(db, submission, now);
  const snapshot = snapshotOf(submission);
  if (snapshot.sha256 !== reviewedSha256) {
    throw new AppError("CONFLICT", `This ${definition.noun} has changed since you opened it. Read it again before you sign.`);
  }
  const check = await checkSubmission(db, kindServer, submission);
  if (check.errors.length > 0) throw new AppError("INVALID_INPUT", `This ${definition.noun} has problems that must be fixed before it can be signed.`, check.errors);

  await db.$transaction(async (tx) => {
    await applyTransition(tx, {
      actor,
      submission,
      name: "signOff",
      expectedVersion,
      noun: definition.noun,
      data: { submittedAt: now },
      audit: { snapshotSha256: snapshot.sha256, onBehalfOfId: capacity.onBehalfOfId },
    });
    await tx.signOff.create({
      data: {
        submissionId: submission.id,
        signerId: actor.id,
        onBehalfOfId: capacity.onBehalfOfId,
        decision: "SIGNED",
        declaration: definition.declaration,
        snapshot: JSON.parse(snapshot.text) as Prisma.InputJsonValue,
        snapshotSha256: snapshot.sha256,
        createdAt: now,
      },
    });
    await notifyUsers(tx, await laUserIds(tx, submission.localAuthorityGss), {
      subject: `Your ${definition.noun} has been signed and submitted`,
      message: `${actor.name} signed ${submission.localAuthority.name}'s ${definition.noun}${capacity.onBehalfOfId ? " on behalf of the accountable lead" : ""}. It has been submitted for review.`,
      href: submissionPath(submission),
    });
    await notifyUsers(tx, await departmentReviewerIds(tx), {
      subject: `${submission.localAuthority.name} submitted a ${definition.noun}`,
      message: `${submission.localAuthority.name} submitted a ${definition.noun} for review.`,
      href: reviewPath(submission),
    });
  });
}

/** The signer sends it back to the lead with a reason. */
export async function declineSignOff({
  db,
  actor,
  kindServer,
  submissionId,
  expectedVersion,
  reason,
}: {
  db: Db;
  actor: Actor;
  kindServer: SubmissionKindServer;
  submissionId: string;
  expectedVersion: number;
  reason: string;
}) {
  const { definition } = kindServer;
  const submission = await loadSubmission({ db, actor, id: submissionId });
  const capacity = await signingCapacity(db, actor, kindServer, submission);
  if (!capacity) throw notFoundError("That record");
  await db.$transaction(async (tx) => {
    await applyTransition(tx, { actor, submission, name: "declineSignOff", expectedVersion, noun: definition.noun, audit: { reason } });
    await tx.signOff.create({ data: { submissionId: submission.id, signerId: actor.id, onBehalfOfId: capacity.onBehalfOfId, decision: "DECLINED", reason } });
    await notifyUsers(tx, await laUserIds(tx, submission.localAuthorityGss, PERMISSIONS[definition.permissions.edit]), {
      subject: `Sign-off was declined for your ${definition.noun}`,
      message: `${actor.name} did not sign ${submission.localAuthority.name}'s ${definition.noun}: ${reason}`,
      href: submissionPath(submission),
    });
  });
}
