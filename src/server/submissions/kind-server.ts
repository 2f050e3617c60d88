import "server-only";
import type { SubmissionDefinition } from "@/domain/submissions/types";
import type { Db, Tx } from "@/server/db/client";

/** The submission as the engine hands it to a kind's context loader. */
export interface SubmissionRecord {
  id: string;
  kind: SubmissionDefinition["kind"];
  localAuthorityGss: string;
  periodKey: string;
  revision: number;
}

/** A kind's definition plus how to load what its rules need (the LA's cohort, the approved plan, …). */
export interface SubmissionKindServer<TContext = unknown> {
  definition: SubmissionDefinition<TContext>;
  loadContext(db: Db | Tx, submission: SubmissionRecord): Promise<TContext>;
  /**
   * Refuses (throws an AppError) when the submission's window does not accept changes now,
   * e.g. a return before its period opens or after it locks. The engine asks before every
   * save, send and signature, whichever page or API called it.
   */
  assertAccepting?(db: Db | Tx, submission: SubmissionRecord, now: Date): Promise<void>;
}
