import "server-only";
import { EXPLANATIONS_SECTION, warningKey, type CheckResult, type Issue } from "@/domain/submissions/types";
import type { Db, Tx } from "@/server/db/client";
import type { SubmissionKindServer } from "./kind-server";
import { documentOf, type LoadedSubmission } from "./load-submission";

export interface SubmissionCheck extends CheckResult {
  /** Warnings that still need the lead's explanation. */
  unexplained: Issue[];
  explanations: Record<string, string>;
}

/** Runs the kind's rules over the saved document and pairs each warning with its explanation. */
export async function checkSubmission(db: Db | Tx, kindServer: SubmissionKindServer, submission: LoadedSubmission): Promise<SubmissionCheck> {
  const document = documentOf(submission);
  const context = await kindServer.loadContext(db, submission);
  const result = kindServer.definition.check(document, context);
  const stored = document[EXPLANATIONS_SECTION];
  const explanations = stored && typeof stored === "object" ? (stored as Record<string, string>) : {};
  const unexplained = result.warnings.filter((w) => !explanations[warningKey(w)]?.trim());
  return { ...result, unexplained, explanations };
}
