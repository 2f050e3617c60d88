import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { TRANSITIONS, permissionFor, type TransitionName } from "@/domain/submissions/workflow";
import { can } from "@/domain/permissions";
import { authorise, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { SubmissionKindServer } from "./kind-server";
import type { LoadedSubmission } from "./load-submission";

/** Refuses unless the actor holds the transition's permission for the submission's LA. */
export function authoriseTransition(actor: Actor, kindServer: SubmissionKindServer, submission: LoadedSubmission, name: TransitionName): void {
  authorise(actor, permissionFor(kindServer.definition, name), { localAuthorityGss: submission.localAuthorityGss, region: submission.localAuthority.region });
}

export function mayTransition(actor: Actor, kindServer: SubmissionKindServer, submission: LoadedSubmission, name: TransitionName): boolean {
  return can(actor, permissionFor(kindServer.definition, name), { localAuthorityGss: submission.localAuthorityGss, region: submission.localAuthority.region });
}

/**
 * Compare-and-set: moves the submission only if it is still in the transition's starting
 * status at the version the user saw, then records the audit event in the same transaction.
 */
export async function applyTransition(
  tx: Tx,
  {
    actor,
    submission,
    name,
    expectedVersion,
    noun,
    data = {},
    audit = {},
  }: {
    actor: Actor;
    submission: LoadedSubmission;
    name: TransitionName;
    expectedVersion: number;
    noun: string;
    data?: Prisma.SubmissionUpdateManyMutationInput;
    audit?: Prisma.InputJsonObject;
  },
): Promise<void> {
  const { from, to } = TRANSITIONS[name];
  const moved = await tx.submission.updateMany({
    where: { id: submission.id, status: from, version: expectedVersion },
    data: { ...data, status: to, version: { increment: 1 } },
  });
  if (moved.count !== 1) {
    throw new AppError("CONFLICT", `This ${noun} has changed since you opened it (someone else may have acted on it). Reload the page to see where it is now.`);
  }
  await recordAudit(tx, {
    actorId: actor.id,
    action: `submission.${name}`,
    subjectType: "submission",
    subjectId: submission.id,
    localAuthorityGss: submission.localAuthorityGss,
    data: { kind: submission.kind, periodKey: submission.periodKey, revision: submission.revision, from, to, ...audit },
  });
}
