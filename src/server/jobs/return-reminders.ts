import "server-only";
import { z } from "zod";
import { londonDate, periodById, reportingPeriods } from "@/catalogue/calendar";
import type { IsoDate } from "@/catalogue/types";
import { formatDate } from "@/domain/dates";
import { returnPeriodsFor } from "@/domain/return/periods";
import type { Db } from "@/server/db/client";
import { deliverEmail, queueEmail, type EmailMessage } from "@/server/email/send-email";
import { env } from "@/server/env";
import { PLAN_PERIOD_KEY } from "@/server/plans/plan-kind";
import { approvalDateOf } from "@/server/returns/return-periods";
import { returnPath } from "@/server/returns/return-paths";
import { scheduleJobs, type JobHandler, type NewJob } from "./job-queue";
import { plannedReminders, reminderJobKey, type ReminderSettings } from "./reminder-schedule";

// Reminders before each delivery return's due date and chasers after it (issue 6, item 5), through the job
// queue. Scheduling runs every few minutes and is idempotent (unique job keys); each job checks again, when it
// runs, that the return is still not submitted and the due date unchanged, then writes one outbox email per
// recipient in the job's transaction and delivers them over SMTP (when configured) after it commits.

export const RETURN_REMINDER_JOB = "return-reminder";

const SUBMITTED = ["SUBMITTED", "APPROVED"] as const;
const RECIPIENT_ROLES = ["COMMISSIONING_LEAD", "ACCOUNTABLE_LEAD"] as const;

export const ZReturnReminderPayload = z.object({
  localAuthorityGss: z.string(),
  periodId: z.string(),
  due: z.string(),
  phase: z.enum(["before", "after"]),
  days: z.number().int(),
});
export type TReturnReminderPayload = z.infer<typeof ZReturnReminderPayload>;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Schedules the reminders of every return that is open or overdue on `now`'s date, for every LA that owes it
 * and has not submitted it. Five queries whatever the number of LAs; returns how many jobs were new.
 */
export async function scheduleReturnReminders({ db, now, settings }: { db: Db; now: Date; settings: Pick<ReminderSettings, "daysBefore" | "daysAfter" | "hourUtc"> }): Promise<number> {
  const today = londonDate(now);
  const [authorities, approvals, extensions] = await Promise.all([
    db.localAuthority.findMany({ select: { gssCode: true } }),
    db.submission.findMany({ where: { kind: "PLAN", periodKey: PLAN_PERIOD_KEY, status: "APPROVED" }, select: { localAuthorityGss: true, decidedAt: true } }),
    db.deadlineExtension.findMany({ where: { kind: "DELIVERY_RETURN" }, select: { localAuthorityGss: true, periodKey: true, dueDate: true, lockDate: true } }),
  ]);
  const approvalsByLa = groupBy(approvals, (a) => a.localAuthorityGss);
  const extensionsByLa = groupBy(extensions, (e) => e.localAuthorityGss);
  const candidates = authorities.flatMap(({ gssCode }) =>
    returnPeriodsFor({ periods: reportingPeriods(), planApprovedOn: approvalDateOf(approvalsByLa.get(gssCode) ?? [], today), extensions: extensionsByLa.get(gssCode) ?? [], today })
      .filter((p) => p.state === "open" || p.state === "overdue")
      .map((p) => ({ localAuthorityGss: gssCode, periodId: p.period.id, due: p.due, locks: p.locks })),
  );
  if (candidates.length === 0) return 0;
  const submitted = await db.submission.findMany({
    where: { kind: "DELIVERY_RETURN", status: { in: [...SUBMITTED] }, periodKey: { in: [...new Set(candidates.map((c) => c.periodId))] } },
    select: { localAuthorityGss: true, periodKey: true },
  });
  const done = new Set(submitted.map((s) => `${s.localAuthorityGss}:${s.periodKey}`));
  const jobs: NewJob[] = candidates
    .filter((c) => !done.has(`${c.localAuthorityGss}:${c.periodId}`))
    .flatMap((c) =>
      plannedReminders({ due: c.due, locks: c.locks, today, settings }).map((r) => {
        const payload: TReturnReminderPayload = { localAuthorityGss: c.localAuthorityGss, periodId: c.periodId, due: c.due, phase: r.phase, days: r.days };
        return { kind: RETURN_REMINDER_JOB, key: reminderJobKey({ ...payload, due: c.due }), runAt: r.runAt, payload };
      }),
    );
  return scheduleJobs(db, jobs);
}

function reminderEmail({ laName, periodLabel, due, phase, link }: { laName: string; periodLabel: string; due: string; phase: "before" | "after"; link: string }): Omit<EmailMessage, "to"> {
  const dueText = formatDate(due);
  return phase === "before"
    ? {
        subject: `Reminder: ${laName}'s ${periodLabel} is due on ${dueText}`,
        body: `${laName}'s ${periodLabel} for the Family Hubs and Start for Life programme is due on ${dueText}.\n\nComplete it, and send it to your single accountable lead to sign off, at:\n${link}\n\nIf you have already sent it, you can ignore this email.`,
      }
    : {
        subject: `Overdue: ${laName}'s ${periodLabel} was due on ${dueText}`,
        body: `We have not yet received ${laName}'s ${periodLabel} for the Family Hubs and Start for Life programme. It was due on ${dueText}.\n\nSend it as soon as you can at:\n${link}\n\nIf you need more time, contact the programme team.`,
      };
}

/** Sends one reminder unless the return has been submitted or its due date has moved since it was scheduled. */
export const sendReturnReminder: JobHandler = async ({ db, tx, job }) => {
  const payload = ZReturnReminderPayload.parse(job.payload);
  const period = periodById(payload.periodId);
  if (!period) return;
  const [la, submitted, extension] = await Promise.all([
    tx.localAuthority.findUnique({
      where: { gssCode: payload.localAuthorityGss },
      select: { name: true, users: { where: { role: { in: [...RECIPIENT_ROLES] }, deactivatedAt: null }, select: { email: true }, orderBy: { email: "asc" } } },
    }),
    tx.submission.count({ where: { localAuthorityGss: payload.localAuthorityGss, kind: "DELIVERY_RETURN", periodKey: payload.periodId, status: { in: [...SUBMITTED] } } }),
    tx.deadlineExtension.findUnique({
      where: { localAuthorityGss_kind_periodKey: { localAuthorityGss: payload.localAuthorityGss, kind: "DELIVERY_RETURN", periodKey: payload.periodId } },
      select: { dueDate: true },
    }),
  ]);
  const due: IsoDate = (extension?.dueDate as IsoDate | undefined) ?? period.due;
  if (!la || submitted > 0 || due !== payload.due) return;
  const link = `${env.NEXTAUTH_URL ?? ""}${returnPath(payload.localAuthorityGss, payload.periodId)}`;
  const content = reminderEmail({ laName: la.name, periodLabel: period.label, due, phase: payload.phase, link });
  const queued: { id: string; message: EmailMessage }[] = [];
  for (const { email } of la.users) {
    const message = { to: email, ...content };
    queued.push({ id: await queueEmail(tx, message), message });
  }
  return {
    afterCommit: async () => {
      for (const q of queued) await deliverEmail(db, q.id, q.message);
    },
  };
};
