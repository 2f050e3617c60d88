import "server-only";
import { londonDate } from "@/catalogue/calendar";
import { applicationWaveFor, signUpDeadlineFor } from "@/domain/sign-up/deadline";
import { strandsAppliedFor, ZTrailblazerApplication } from "@/schemas/sign-up/trailblazer-application";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/server/audit";
import type { Db } from "@/server/db/client";
import { extendedDueDate } from "@/server/deadlines/extend-deadline";
import { SIGN_UP_PERIOD } from "@/server/sign-up/sign-up-kind";

// A trailblazer application reaches the panel when its sign-up is signed: it is copied from the signed
// snapshot, so the panel reads exactly what the accountable lead signed, and it is never changed after
// (trailblazer guide, "Timelines": an unsuccessful wave-one application is reconsidered "unchanged").
// Idempotent: run after each sign-up is signed and whenever the panel's queue is read.

/** Copies every signed sign-up's trailblazer application that the panel has not received yet. Returns how many. */
export async function receiveTrailblazerApplications(db: Db): Promise<number> {
  const received = new Set((await db.trailblazerApplication.findMany({ select: { localAuthorityGss: true } })).map((a) => a.localAuthorityGss));
  const signed = await db.submission.findMany({
    where: { kind: "SIGN_UP", periodKey: SIGN_UP_PERIOD, submittedAt: { not: null } },
    orderBy: [{ revision: "asc" }],
    select: {
      id: true,
      localAuthorityGss: true,
      revision: true,
      submittedAt: true,
      signOffs: { where: { decision: "SIGNED" }, orderBy: { createdAt: "desc" }, take: 1, select: { snapshot: true, snapshotSha256: true } },
    },
  });
  let count = 0;
  for (const submission of signed) {
    if (received.has(submission.localAuthorityGss)) continue;
    const signOff = submission.signOffs[0];
    const document = (signOff?.snapshot as { document?: Record<string, unknown> } | null)?.document;
    const parsed = ZTrailblazerApplication.safeParse(document?.["trailblazer-application"]);
    if (!signOff?.snapshotSha256 || !submission.submittedAt || !parsed.success) continue;
    const strands = strandsAppliedFor(parsed.data);
    if (strands.length === 0) continue;
    const extendedTo = await extendedDueDate(db, { localAuthorityGss: submission.localAuthorityGss, kind: "SIGN_UP", periodKey: SIGN_UP_PERIOD });
    const wave = applicationWaveFor({ submittedOn: londonDate(submission.submittedAt), deadline: signUpDeadlineFor(extendedTo) });
    if (wave === null) continue; // missed both waves without an extension: not considered
    try {
      await db.$transaction(async (tx) => {
        await tx.trailblazerApplication.create({
          data: {
            localAuthorityGss: submission.localAuthorityGss,
            submissionId: submission.id,
            revision: submission.revision,
            wave,
            strands,
            application: parsed.data as Prisma.InputJsonValue,
            snapshotSha256: signOff.snapshotSha256 ?? "",
            submittedAt: submission.submittedAt ?? new Date(),
          },
        });
        await recordAudit(tx, {
          actorId: null,
          action: "trailblazer-application.received",
          subjectType: "trailblazer-application",
          subjectId: submission.localAuthorityGss,
          localAuthorityGss: submission.localAuthorityGss,
          data: { submissionId: submission.id, revision: submission.revision, wave, strands },
        });
      });
      received.add(submission.localAuthorityGss);
      count += 1;
    } catch (error) {
      // Received a moment ago by another request.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  return count;
}
