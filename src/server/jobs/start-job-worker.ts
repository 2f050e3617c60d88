import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { programmeNow } from "@/server/clock";
import { getDatabase } from "@/server/db/database";
import { runDueJobs, type JobHandler } from "./job-queue";
import { reminderSettings } from "./reminder-schedule";
import { RETURN_REMINDER_JOB, scheduleReturnReminders, sendReturnReminder } from "./return-reminders";

// The job worker of this server process, started from src/instrumentation.ts. Every JOBS_POLL_SECONDS it
// schedules the reminders that have become due (idempotent) and runs the due jobs. Every instance may run
// one: the queue's claims keep them from doing the same job twice. Time is the programme clock.

export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = { [RETURN_REMINDER_JOB]: sendReturnReminder };

const KEY = Symbol.for("portal.jobWorker");
type GlobalWithWorker = typeof globalThis & { [KEY]?: NodeJS.Timeout };

/** One pass: schedule, then run what is due. Exported for scripts and tests. */
export async function runJobsOnce({ workerId, now = programmeNow() }: { workerId: string; now?: Date }) {
  const { db } = await getDatabase();
  const settings = reminderSettings();
  const scheduled = await scheduleReturnReminders({ db, now, settings });
  const ran = await runDueJobs({ db, handlers: JOB_HANDLERS, workerId, now });
  return { scheduled, ...ran };
}

export function startJobWorker(): void {
  const settings = reminderSettings();
  const g = globalThis as GlobalWithWorker;
  if (!settings.enabled || g[KEY]) return;
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { scheduled, done, failed } = await runJobsOnce({ workerId });
      if (scheduled + done + failed > 0) console.info(`Jobs: ${scheduled} scheduled, ${done} done, ${failed} failed.`);
    } catch (error) {
      console.error("The job worker could not run; it will try again.", error);
    } finally {
      running = false;
    }
  };
  g[KEY] = setInterval(() => void tick(), settings.pollSeconds * 1000);
  g[KEY].unref();
  void tick();
}
