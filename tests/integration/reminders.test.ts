import { describe, expect, it } from "vitest";
import { claimNextJob, LOCK_TIMEOUT_MS, runDueJobs } from "@/server/jobs/job-queue";
import { parseReminderSettings, plannedReminders } from "@/server/jobs/reminder-schedule";
import { RETURN_REMINDER_JOB, scheduleReturnReminders, sendReturnReminder } from "@/server/jobs/return-reminders";
import { createLocalAuthority, createUser } from "../support/fixtures";
import { useTestDatabase } from "../support/use-test-database";

// Reminders and chasers through the Postgres-backed job queue, driven by an injected clock (no timers).
// Period 2023-24-Q4 opens 2024-01-01, is due 2024-01-31 and locks 2024-02-14.

const database = useTestDatabase();
const { db } = database;

const settings = parseReminderSettings({ REMINDER_DAYS_BEFORE: "14,3", CHASER_DAYS_AFTER: "1,7" });
const handlers = { [RETURN_REMINDER_JOB]: sendReturnReminder };
const PERIOD = "2023-24-Q4";

/** An LA whose plan was approved, with its two recipients and a contributor who is not one. */
async function laOwingReturns() {
  const la = await createLocalAuthority(db);
  await db.submission.create({
    data: { kind: "PLAN", localAuthorityGss: la.gssCode, periodKey: "plan", status: "APPROVED", catalogueVersion: "test", decidedAt: new Date("2023-01-10T12:00:00Z") },
  });
  const lead = await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: la.gssCode });
  const accountable = await createUser(db, "ACCOUNTABLE_LEAD", { localAuthorityGss: la.gssCode });
  await createUser(db, "LA_CONTRIBUTOR", { localAuthorityGss: la.gssCode });
  return { la, recipients: [lead.email, accountable.email].sort() };
}

const jobsOf = (gss: string) => db.job.findMany({ where: { key: { startsWith: `reminder:${gss}:` } }, orderBy: { runAt: "asc" } });

describe("reminder settings", () => {
  it("parses day lists from the environment, with defaults", () => {
    expect(parseReminderSettings({})).toMatchObject({ daysBefore: [14, 3], daysAfter: [7, 1], pollSeconds: 60, enabled: true });
    expect(parseReminderSettings({ REMINDER_DAYS_BEFORE: " 7, 21 ,7", CHASER_DAYS_AFTER: "" }).daysBefore).toEqual([21, 7]);
    expect(() => parseReminderSettings({ CHASER_DAYS_AFTER: "1,soon" })).toThrow(/CHASER_DAYS_AFTER/);
  });

  it("skips reminders already more than a day past and chasers after the lock date", () => {
    const planned = plannedReminders({ due: "2024-01-31", locks: "2024-02-05", today: "2024-01-20", settings: { daysBefore: [14, 3], daysAfter: [1, 7], hourUtc: 9 } });
    expect(planned.map((p) => `${p.phase}-${p.days}@${p.date}`)).toEqual(["before-3@2024-01-28", "after-1@2024-02-01"]);
    expect(planned[0]!.runAt.toISOString()).toBe("2024-01-28T09:00:00.000Z");
  });
});

describe("return reminders", () => {
  it("schedules reminders before the due date and chasers after it, once, and nothing for a submitted return", async () => {
    const owing = await laOwingReturns();
    const submitted = await laOwingReturns();
    await db.submission.create({
      data: { kind: "DELIVERY_RETURN", localAuthorityGss: submitted.la.gssCode, periodKey: PERIOD, status: "SUBMITTED", catalogueVersion: "test", submittedAt: new Date("2024-01-08T12:00:00Z") },
    });
    const now = new Date("2024-01-02T08:00:00Z");
    expect(await scheduleReturnReminders({ db, now, settings })).toBeGreaterThanOrEqual(4);

    const jobs = await jobsOf(owing.la.gssCode);
    expect(jobs.map((j) => [j.key.split(":").slice(2).join(":"), j.runAt.toISOString()])).toEqual([
      [`${PERIOD}:2024-01-31:before-14`, "2024-01-17T09:00:00.000Z"],
      [`${PERIOD}:2024-01-31:before-3`, "2024-01-28T09:00:00.000Z"],
      [`${PERIOD}:2024-01-31:after-1`, "2024-02-01T09:00:00.000Z"],
      [`${PERIOD}:2024-01-31:after-7`, "2024-02-07T09:00:00.000Z"],
    ]);
    expect(await jobsOf(submitted.la.gssCode)).toEqual([]);

    // The worker runs the scheduler every few minutes: a second pass adds nothing.
    const total = await db.job.count();
    expect(await scheduleReturnReminders({ db, now: new Date("2024-01-02T08:05:00Z"), settings })).toBe(0);
    expect(await db.job.count()).toBe(total);
  });

  it("sends each reminder once through the outbox, to the commissioning and accountable leads", async () => {
    const { la, recipients } = await laOwingReturns();
    await scheduleReturnReminders({ db, now: new Date("2024-01-02T08:00:00Z"), settings });
    const due = new Date("2024-01-17T09:30:00Z");

    const first = await runDueJobs({ db, handlers, workerId: "worker-a", now: due });
    expect(first.failed).toBe(0);
    const emails = await db.outboxEmail.findMany({ where: { body: { contains: `/local-authorities/${la.gssCode}/` } }, orderBy: { to: "asc" } });
    expect(emails.map((e) => e.to)).toEqual(recipients);
    expect(emails[0]!.subject).toBe(`Reminder: ${la.name}'s January 2024 return is due on 31 January 2024`);
    expect(emails[0]!.body).toContain(`/local-authorities/${la.gssCode}/returns/${PERIOD}`);
    expect(emails[0]!.sentAt).toBeNull(); // no SMTP in tests: the outbox keeps it for administrators

    // Running again, even much later, sends nothing more for that reminder.
    await scheduleReturnReminders({ db, now: due, settings });
    await runDueJobs({ db, handlers, workerId: "worker-b", now: new Date("2024-01-17T12:00:00Z") });
    expect(await db.outboxEmail.count({ where: { body: { contains: `/local-authorities/${la.gssCode}/` } } })).toBe(2);
    const [done] = await jobsOf(la.gssCode);
    expect(done).toMatchObject({ attempts: 1, lockedBy: "worker-a", lastError: null });
    expect(done!.doneAt).not.toBeNull();
  });

  it("stops chasing once the return is submitted", async () => {
    const { la } = await laOwingReturns();
    await scheduleReturnReminders({ db, now: new Date("2024-01-30T08:00:00Z"), settings });
    await db.submission.create({
      data: { kind: "DELIVERY_RETURN", localAuthorityGss: la.gssCode, periodKey: PERIOD, status: "APPROVED", catalogueVersion: "test", submittedAt: new Date("2024-01-31T16:00:00Z") },
    });
    await runDueJobs({ db, handlers, workerId: "worker-a", now: new Date("2024-02-08T10:00:00Z") });
    const jobs = await jobsOf(la.gssCode);
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((j) => j.doneAt !== null)).toBe(true);
    expect(await db.outboxEmail.count({ where: { body: { contains: `/local-authorities/${la.gssCode}/` } } })).toBe(0);
  });

  it("after a restart, picks up unfinished jobs, including one a dead worker had claimed", async () => {
    const { la, recipients } = await laOwingReturns();
    await scheduleReturnReminders({ db, now: new Date("2024-01-02T08:00:00Z"), settings });
    const now = new Date("2024-02-01T10:00:00Z"); // before-14, before-3 and after-1 are due

    // A worker claims a job and dies before finishing it.
    const before = await db.job.findMany({ where: { doneAt: null, runAt: { lte: now } }, select: { id: true } });
    const claimed = await claimNextJob(db, { workerId: "dead-worker", now });
    expect(claimed).not.toBeNull();

    // The process restarts: a new client, a new worker id, the same database.
    const restarted = database.openAnotherClient();
    try {
      const soon = await runDueJobs({ db: restarted, handlers, workerId: "worker-after-restart", now: new Date(now.getTime() + 60_000) });
      expect(soon).toEqual({ done: before.length - 1, failed: 0 }); // the dead worker's claim still holds
      const later = await runDueJobs({ db: restarted, handlers, workerId: "worker-after-restart", now: new Date(now.getTime() + LOCK_TIMEOUT_MS + 60_000) });
      expect(later).toEqual({ done: 1, failed: 0 });
    } finally {
      await restarted.$disconnect();
    }
    const jobs = await jobsOf(la.gssCode);
    expect(jobs.filter((j) => j.doneAt !== null).map((j) => j.key.split(":").at(-1))).toEqual(["before-14", "before-3", "after-1"]);
    expect(jobs.find((j) => j.id === claimed!.id)).toMatchObject({ attempts: 2, lockedBy: "worker-after-restart" });
    const emails = await db.outboxEmail.findMany({ where: { body: { contains: `/local-authorities/${la.gssCode}/` } }, select: { to: true, subject: true } });
    expect(emails).toHaveLength(3 * recipients.length);
    expect(emails.filter((e) => e.subject.startsWith("Overdue:"))).toHaveLength(recipients.length);
  });

  it("records a failure and retries the job later", async () => {
    const { la } = await laOwingReturns();
    await scheduleReturnReminders({ db, now: new Date("2024-01-02T08:00:00Z"), settings });
    const now = new Date("2024-01-17T10:00:00Z");
    const failing = { [RETURN_REMINDER_JOB]: async () => Promise.reject(new Error("SMTP is down")) };
    const onlyThisLa = async () => (await jobsOf(la.gssCode))[0]!;
    await runDueJobs({ db, handlers: failing, workerId: "w", now });
    expect(await onlyThisLa()).toMatchObject({ doneAt: null, lockedBy: null, lastError: "SMTP is down", attempts: 1 });
    await runDueJobs({ db, handlers, workerId: "w", now: new Date(now.getTime() + 10 * 60_000) });
    expect((await onlyThisLa()).doneAt).not.toBeNull();
  });
});
