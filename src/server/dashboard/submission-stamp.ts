import "server-only";
import type { SubmissionKind } from "@/domain/submissions/types";
import type { Db } from "@/server/db/client";

// A stamp of the state of some LAs' submissions: how many revisions there are and when one last changed. Every
// transition updates a submission (and its updatedAt), and every new revision adds a row, so an unchanged stamp
// means the statuses, dates and sent documents the dashboard reads are unchanged: what was computed from them can
// be reused. One cheap query; each process checks it against the database, so several instances stay correct.

export async function submissionStamp(db: Db, gssCodes: readonly string[], kinds: readonly SubmissionKind[]): Promise<string> {
  const stamp = await db.submission.aggregate({
    where: { localAuthorityGss: { in: [...gssCodes] }, kind: { in: [...kinds] } },
    _count: { _all: true },
    _max: { updatedAt: true },
  });
  return `${stamp._count._all}|${stamp._max.updatedAt?.toISOString() ?? ""}`;
}

/** A small least-recently-added cache of values computed from a stamp. */
export class StampedCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly size = 32) {}

  get(key: string): T | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: T): void {
    this.entries.set(key, value);
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
  }
}
