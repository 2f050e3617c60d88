import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/domain/permissions";
import { loadReviewQueue, REVIEW_WAITING_DAYS } from "@/server/review/load-review-queue";
import { createLocalAuthority, createUser } from "../support/fixtures";
import { QueryCounter } from "../support/query-counter";
import { useTestDatabase } from "../support/use-test-database";

// The reviewer queue: oldest first, latest version by default, overdue filters, and each item's warnings with
// the LA's explanations. Grant statements are used because their rules' context is one small query.

const counter = new QueryCounter();
const { db } = useTestDatabase({ counter });
let reviewer: Actor;
const now = new Date("2024-01-20T12:00:00Z");

beforeAll(async () => {
  reviewer = await createUser(db, "DEPARTMENT_REVIEWER");
});

async function submission(gss: string, { periodKey = "2023-24-interim", revision = 1, status = "SUBMITTED" as const, submittedAt }: { periodKey?: string; revision?: number; status?: "SUBMITTED" | "RETURNED"; submittedAt: string }) {
  return db.submission.create({
    data: { kind: "GRANT_STATEMENT", localAuthorityGss: gss, periodKey, revision, status, catalogueVersion: "test", submittedAt: new Date(submittedAt) },
  });
}

describe("reviewer queue", () => {
  it("shows the latest version by default, oldest first, with lateness and waiting time", async () => {
    const la = await createLocalAuthority(db, { region: "East Midlands" });
    const other = await createLocalAuthority(db, { region: "East Midlands" });
    const returned = await submission(la.gssCode, { revision: 1, status: "RETURNED", submittedAt: "2023-10-20T12:00:00Z" });
    const resent = await submission(la.gssCode, { revision: 2, submittedAt: "2024-01-15T12:00:00Z" }); // interim 2023-24 due 2023-10-31: late
    const early = await submission(other.gssCode, { submittedAt: "2023-10-25T12:00:00Z" }); // on time, waiting since October

    const queue = await loadReviewQueue({ db, actor: reviewer, region: "East Midlands", now });
    expect(queue.items.map((i) => i.id)).toEqual([early.id, resent.id]);
    expect(queue.items[0]).toMatchObject({ late: false, waitingTooLong: true, daysWaiting: 87 });
    expect(queue.items[1]).toMatchObject({ late: true, due: "2023-10-31", waitingTooLong: false, daysWaiting: 5 });
    expect(REVIEW_WAITING_DAYS).toBe(14);

    expect((await loadReviewQueue({ db, actor: reviewer, region: "East Midlands", overdue: "late", now })).items.map((i) => i.id)).toEqual([resent.id]);
    expect((await loadReviewQueue({ db, actor: reviewer, region: "East Midlands", overdue: "waiting", now })).items.map((i) => i.id)).toEqual([early.id]);

    const withReturned = await loadReviewQueue({ db, actor: reviewer, region: "East Midlands", versions: "returned", now });
    expect(withReturned.items.map((i) => [i.id, i.isLatest])).toEqual([
      [returned.id, false],
      [early.id, true],
      [resent.id, true],
    ]);
  });

  it("shows each item's warnings with the LA's explanations, with one rules-context load per listed item (bounded by the page size)", async () => {
    const la = await createLocalAuthority(db, { region: "South West" });
    const s = await submission(la.gssCode, { submittedAt: "2023-10-30T12:00:00Z" });
    await db.submissionSection.create({ data: { submissionId: s.id, key: "warning-explanations", data: { "spend:lines:unknown": "x" } } });
    const queue = await loadReviewQueue({ db, actor: reviewer, region: "South West", now });
    expect(queue.items).toHaveLength(1);
    expect(Array.isArray(queue.items[0]!.warnings)).toBe(true);
    for (const w of queue.items[0]!.warnings) expect(typeof w.message).toBe("string");

    const one = await counter.queriesFor(() => loadReviewQueue({ db, actor: reviewer, region: "South West", now }));
    for (let i = 0; i < 5; i++) await submission((await createLocalAuthority(db, { region: "South West" })).gssCode, { submittedAt: "2023-10-30T12:00:00Z" });
    counter.reset();
    const six = await loadReviewQueue({ db, actor: reviewer, region: "South West", now });
    expect(six.items).toHaveLength(6);
    // Fixed queries plus one rules context per listed item (grant statements: one query each), never more.
    expect(counter.count - one).toBeLessThanOrEqual(5);
    console.log(`loadReviewQueue: ${one} queries for 1 item, ${counter.count} for 6`);
  });
});
