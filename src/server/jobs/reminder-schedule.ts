import "server-only";
import { z } from "zod";
import { addDays, compareDates } from "@/catalogue/calendar";
import type { IsoDate } from "@/catalogue/types";

// Reminder timing is configuration, not code. This module is the one place that reads these environment
// variables (src/server/env.ts holds the portal's other settings):
//
//   REMINDER_DAYS_BEFORE  days before a return's due date to remind the LA, comma-separated   default "14,3"
//   CHASER_DAYS_AFTER     days after the due date to chase a return not yet submitted           default "1,7"
//   REMINDER_HOUR_UTC     hour of the day (UTC) reminders go out                                 default 9
//   JOBS_POLL_SECONDS     how often the server process looks for due jobs                        default 60
//   JOBS_ENABLED          "false" stops the worker in this process (another instance runs it)    default "true"
//
// Reminders go to the LA's commissioning leads and single accountable lead (issue 6, item 5).

const dayList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const parts = text.split(",").map((p) => p.trim()).filter((p) => p !== "");
      const days = parts.map(Number);
      if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 90)) {
        ctx.addIssue({ code: "custom", message: `must be whole numbers of days from 0 to 90, separated by commas (got "${text}")` });
        return z.NEVER;
      }
      return [...new Set(days)].sort((a, b) => b - a);
    });

export const ZReminderSettings = z.object({
  REMINDER_DAYS_BEFORE: dayList("14,3"),
  CHASER_DAYS_AFTER: dayList("1,7"),
  REMINDER_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(9),
  JOBS_POLL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  JOBS_ENABLED: z.enum(["true", "false"]).default("true"),
});

export interface ReminderSettings {
  daysBefore: number[];
  daysAfter: number[];
  hourUtc: number;
  pollSeconds: number;
  enabled: boolean;
}

/** Parses the settings; throws a readable error naming the bad variable. */
export function parseReminderSettings(source: Record<string, string | undefined>): ReminderSettings {
  const parsed = ZReminderSettings.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`The reminder settings are not valid:\n${problems}`);
  }
  const s = parsed.data;
  return { daysBefore: s.REMINDER_DAYS_BEFORE, daysAfter: s.CHASER_DAYS_AFTER, hourUtc: s.REMINDER_HOUR_UTC, pollSeconds: s.JOBS_POLL_SECONDS, enabled: s.JOBS_ENABLED === "true" };
}

let cached: ReminderSettings | undefined;

/** The settings from the environment, read once. */
export function reminderSettings(): ReminderSettings {
  cached ??= parseReminderSettings({
    REMINDER_DAYS_BEFORE: process.env.REMINDER_DAYS_BEFORE,
    CHASER_DAYS_AFTER: process.env.CHASER_DAYS_AFTER,
    REMINDER_HOUR_UTC: process.env.REMINDER_HOUR_UTC,
    JOBS_POLL_SECONDS: process.env.JOBS_POLL_SECONDS,
    JOBS_ENABLED: process.env.JOBS_ENABLED,
  });
  return cached;
}

export type ReminderPhase = "before" | "after";

export interface PlannedReminder {
  phase: ReminderPhase;
  days: number;
  /** The London date the reminder is for. */
  date: IsoDate;
  runAt: Date;
}

/**
 * The reminders for one due date: one for each of `daysBefore` before it, and a chaser for each of `daysAfter`. A
 * reminder whose day is more than a day past when first scheduled is skipped: a 14-day reminder that
 * arrives 2 days before the due date would mislead. Chasers stop at the lock date, when the return can
 * no longer be sent.
 */
export function plannedReminders({ due, locks, today, settings }: { due: IsoDate; locks?: IsoDate; today: IsoDate; settings: Pick<ReminderSettings, "daysBefore" | "daysAfter" | "hourUtc"> }): PlannedReminder[] {
  const at = (date: IsoDate) => new Date(`${date}T${String(settings.hourUtc).padStart(2, "0")}:00:00Z`);
  const candidates: PlannedReminder[] = [
    ...settings.daysBefore.map((days) => ({ phase: "before" as const, days, date: addDays(due, -days) })),
    ...settings.daysAfter.map((days) => ({ phase: "after" as const, days, date: addDays(due, days) })),
  ].map((r) => ({ ...r, runAt: at(r.date) }));
  return candidates.filter((r) => compareDates(r.date, addDays(today, -1)) >= 0 && (locks === undefined || r.phase === "before" || compareDates(r.date, locks) <= 0));
}

/** The job key: unique per LA, period, due date and reminder, so a reminder is never sent twice. */
export function reminderJobKey({ localAuthorityGss, periodId, due, phase, days }: { localAuthorityGss: string; periodId: string; due: IsoDate; phase: ReminderPhase; days: number }): string {
  return `reminder:${localAuthorityGss}:${periodId}:${due}:${phase}-${days}`;
}
