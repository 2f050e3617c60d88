import "server-only";
import { PERMISSIONS } from "@/domain/permissions";
import { programmeNow } from "@/server/clock";
import type { Actor } from "@/server/authorise";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { laUserIds, notifyUsers } from "@/server/notifications";
import { applyTransition, authoriseTransition } from "./apply-transition";
import { checkSubmission } from "./check-submission";
import type { SubmissionKindServer } from "./kind-server";
import { loadSubmission } from "./load-submission";
import { signOffDeputyIds } from "./sign-off-deputies";
import { submissionPath } from "./submission-paths";

/** Sends a draft to the accountable lead. Refused while any error remains or a warning is unexplained. */
export async function sendForSignOff({ db, actor, kindServer, submissionId, expectedVersion, now = programmeNow() }: { db: Db; actor: Actor; kindServer: SubmissionKindServer; submissionId: string; expectedVersion: number; now?: Date }) {
  const { definition } = kindServer;
  const submission = await loadSubmission({ db, actor, id: submissionId });
  authoriseTransition(actor, kindServer, submission, "sendForSignOff");
  await kindServer.assertAccepting?.(db, submission, now);
  const check = await checkSubmission(db, kindServer, submission);
  if (check.errors.length > 0) {
    throw new AppError("INVALID_INPUT", `There ${check.errors.length === 1 ? "is 1 problem" : `are ${check.errors.length} problems`} to fix before you can send this ${definition.noun} for sign-off.`, check.errors);
  }
  if (check.unexplained.length > 0) {
    throw new AppError("INVALID_INPUT", `Explain each warning before you send this ${definition.noun} for sign-off.`, check.unexplained);
  }
  await db.$transaction(async (tx) => {
    await applyTransition(tx, {
      actor,
      submission,
      name: "sendForSignOff",
      expectedVersion,
      noun: definition.noun,
      data: { sentForSignOffAt: now, sentForSignOffById: actor.id },
      audit: { warningsExplained: check.warnings.length },
    });
    const signerRoles = PERMISSIONS[definition.permissions.signOff];
    const deputies = definition.deputiesMaySign ? await signOffDeputyIds(tx, submission.localAuthorityGss) : [];
    // The sender cannot sign it as a deputy (signingCapacity), so is not asked to.
    const signers = [...(await laUserIds(tx, submission.localAuthorityGss, signerRoles)), ...deputies.filter((id) => id !== actor.id)];
    await notifyUsers(tx, signers, {
      subject: `A ${definition.noun} is waiting for your sign-off`,
      message: `${actor.name} has sent ${submission.localAuthority.name}'s ${definition.noun} for your sign-off.`,
      href: submissionPath(submission),
    });
  });
}
