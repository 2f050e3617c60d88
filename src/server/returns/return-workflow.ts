import "server-only";
import type { Actor } from "@/server/authorise";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { notFoundError } from "@/server/errors";
import { loadSubmission, type LoadedSubmission } from "@/server/submissions/load-submission";
import { saveSection } from "@/server/submissions/save-section";
import { sendForSignOff } from "@/server/submissions/send-for-sign-off";
import { signSubmission } from "@/server/submissions/sign-submission";
import { returnKindServer } from "./return-kind";

// The engine's steps for a delivery return. The engine itself asks the return kind whether the
// period still accepts changes (returnKindServer.assertAccepting); these only make sure the id is a return.

async function acceptingReturn(db: Db, actor: Actor, submissionId: string, _now: Date): Promise<LoadedSubmission> {
  const submission = await loadSubmission({ db, actor, id: submissionId });
  if (submission.kind !== "DELIVERY_RETURN") throw notFoundError("That record");
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
  return saveSection({ db, actor, kindServer: returnKindServer, submissionId, sectionKey, input, expectedVersion, merge, now });
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
