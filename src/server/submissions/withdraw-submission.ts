import "server-only";
import type { Actor } from "@/server/authorise";
import type { Db } from "@/server/db/client";
import { applyTransition, authoriseTransition } from "./apply-transition";
import type { SubmissionKindServer } from "./kind-server";
import { loadSubmission } from "./load-submission";

/** The lead takes back a document they sent for sign-off, to change it. */
export async function withdrawSubmission({ db, actor, kindServer, submissionId, expectedVersion }: { db: Db; actor: Actor; kindServer: SubmissionKindServer; submissionId: string; expectedVersion: number }) {
  const submission = await loadSubmission({ db, actor, id: submissionId });
  authoriseTransition(actor, kindServer, submission, "withdraw");
  await db.$transaction((tx) => applyTransition(tx, { actor, submission, name: "withdraw", expectedVersion, noun: kindServer.definition.noun }));
}
