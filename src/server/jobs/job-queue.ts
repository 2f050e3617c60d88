import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/server/db/client";

// A small job queue in a PostgreSQL table (model Job), the documented alternative to pg-boss, which needs a
// real PostgreSQL server and does not run on the embedded PGlite database. It survives restarts because a job
// is a row until it is done:
// - scheduling is idempotent: each job has a unique key and scheduling the same key again does nothing;
// - a worker claims one due job at a time with SELECT … FOR UPDATE SKIP LOCKED, so two instances never take
//   the same job (PGlite runs the same SQL);
// - a claim older than LOCK_TIMEOUT_MS belongs to a worker that died: another worker takes the job over;
// - the job's effects (e.g. an outbox email) and its "done" mark are written in one transaction, guarded by
//   compare-and-set on the claim, so a job's effects are committed at most once.

export const LOCK_TIMEOUT_MS = 5 * 60 * 1000;
export const MAX_ATTEMPTS = 5;
/** After a failure the job is retried this much later, times the number of attempts so far. */
const RETRY_DELAY_MS = 5 * 60 * 1000;

export interface NewJob {
  kind: string;
  key: string;
  runAt: Date;
  payload: Prisma.InputJsonValue;
}

export interface ClaimedJob {
  id: string;
  kind: string;
  key: string;
  payload: unknown;
  attempts: number;
}

/** Adds the jobs whose keys are new; returns how many were added. */
export async function scheduleJobs(db: Db, jobs: readonly NewJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const { count } = await db.job.createMany({ data: [...jobs], skipDuplicates: true });
  return count;
}

/** Claims the oldest due job nobody holds (or whose holder died), or returns null. */
export async function claimNextJob(db: Db, { workerId, now }: { workerId: string; now: Date }): Promise<ClaimedJob | null> {
  const staleBefore = new Date(now.getTime() - LOCK_TIMEOUT_MS);
  const rows = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET "lockedAt" = ${now}, "lockedBy" = ${workerId}, "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "Job"
      WHERE "doneAt" IS NULL AND "runAt" <= ${now} AND "attempts" < ${MAX_ATTEMPTS}
        AND ("lockedAt" IS NULL OR "lockedAt" < ${staleBefore})
      ORDER BY "runAt", "id"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "kind", "key", "payload", "attempts"`;
  return rows[0] ?? null;
}

export interface JobOutcome {
  /** Runs after the job's transaction commits, e.g. delivering the emails it queued. */
  afterCommit?: () => Promise<void>;
}

export type JobHandler = (args: { db: Db; tx: Tx; job: ClaimedJob; now: Date }) => Promise<JobOutcome | void>;

export class JobClaimLost extends Error {
  constructor(id: string) {
    super(`Job ${id} was taken over by another worker before it finished`);
  }
}

/** Runs one claimed job: its handler and the "done" mark in one transaction; a failure is recorded for a retry. */
export async function runClaimedJob({ db, job, handler, workerId, now }: { db: Db; job: ClaimedJob; handler: JobHandler | undefined; workerId: string; now: Date }): Promise<"done" | "failed"> {
  try {
    if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}"`);
    const outcome = await db.$transaction(async (tx) => {
      const result = await handler({ db, tx, job, now });
      const { count } = await tx.job.updateMany({ where: { id: job.id, lockedBy: workerId, doneAt: null }, data: { doneAt: now, lastError: null } });
      if (count !== 1) throw new JobClaimLost(job.id);
      return result;
    });
    await outcome?.afterCommit?.();
    return "done";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof JobClaimLost)) {
      await db.job.updateMany({
        where: { id: job.id, lockedBy: workerId, doneAt: null },
        data: { lockedAt: null, lockedBy: null, lastError: message, runAt: new Date(now.getTime() + RETRY_DELAY_MS * job.attempts) },
      });
    }
    console.error(`Job ${job.key} failed (attempt ${job.attempts}): ${message}`);
    return "failed";
  }
}

/** Claims and runs due jobs one by one until none is left or `limit` have run. */
export async function runDueJobs({
  db,
  handlers,
  workerId,
  now,
  limit = 100,
}: {
  db: Db;
  handlers: Readonly<Record<string, JobHandler>>;
  workerId: string;
  now: Date;
  limit?: number;
}): Promise<{ done: number; failed: number }> {
  let done = 0;
  let failed = 0;
  for (let i = 0; i < limit; i++) {
    const job = await claimNextJob(db, { workerId, now });
    if (!job) break;
    const result = await runClaimedJob({ db, job, handler: handlers[job.kind], workerId, now });
    if (result === "done") done++;
    else failed++;
  }
  return { done, failed };
}
