import "server-only";
import type { Actor } from "@/server/access";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { notFoundError } from "@/server/errors";
import { loadSubmission, type LoadedSubmission } from "@/server/submissions/load-submission";
import { saveSection } from "@/server/submissions/save-section";
import { sendForSignOff } from "@/server/submissions/send-for-sign-off";
import { signSubmission } from "@/server/submissions/sign-submission";
import { returnKindServer } from "./return-kind";
import { assertAccepting, returnStanding } from "./return-periods";

// The engine's steps for a delivery return, each first checking the period still accepts it: a return
// cannot be changed, sent or signed before its window opens or after it locks (unless the programme team
// reopened it by returning it for changes), nor before the LA's plan is approved.

async function acceptingReturn(db: Db, actor: Actor, submissionId: string, now: Date): Promise<LoadedSubmission> {
  const submission = await loadSubmission({ db, actor, id: submissionId });
  if (submission.kind !== "DELIVERY_RETURN") throw notFoundError("That record");
  assertAccepting(await returnStanding({ db, localAuthorityGss: submission.localAuthorityGss, periodId: submission.periodKey, now }), { reopened: submission.revision > 1 });
  return submission;
}

export async function saveReturnSection({
  db,
  actor,
  submissionId,
  sectionKey,
  input,
  expectedVersion,
  merge,
  now = programmeNow(),
}: {
  db: Db;
  actor: Actor;
  submissionId: string;
  sectionKey: string;
  input: unknown;
  expectedVersion: number;
  merge?: (stored: unknown, parsed: unknown) => unknown;
  now?: Date;
}) {
  await acceptingReturn(db, actor, submissionId, now);
  return saveSection({ db, actor, kindServer: returnKindServer, submissionId, sectionKey, input, expectedVersion, merge });
}

export async function sendReturnForSignOff({ db, actor, submissionId, expectedVersion, now = programmeNow() }: { db: Db; actor: Actor; submissionId: string; expectedVersion: number; now?: Date }) {
  await acceptingReturn(db, actor, submissionId, now);
  await sendForSignOff({ db, actor, kindServer: returnKindServer, submissionId, expectedVersion, now });
}

export async function signReturn({
  db,
  actor,
  submissionId,
  expectedVersion,
  reviewedSha256,
  now = programmeNow(),
}: {
  db: Db;
  actor: Actor;
  submissionId: string;
  expectedVersion: number;
  reviewedSha256: string;
  now?: Date;
}) {
  await acceptingReturn(db, actor, submissionId, now);
  await signSubmission({ db, actor, kindServer: returnKindServer, submissionId, expectedVersion, reviewedSha256, now });
}
