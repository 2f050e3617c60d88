import "server-only";
import { londonDate, periodById, reportingPeriods, type ReportingPeriod } from "@/catalogue/calendar";
import type { IsoDate } from "@/catalogue/types";
import { formatDate } from "@/domain/dates";
import { returnPeriodsFor, type LaReturnPeriod, type PeriodExtension } from "@/domain/return/periods";
import { programmeNow } from "@/server/clock";
import type { Db, Tx } from "@/server/db/client";
import { AppError, notFoundError } from "@/server/errors";
import { PLAN_PERIOD_KEY } from "@/server/plans/plan-kind";

/**
 * The London date the LA's plan was first approved, or null. A later revision's approval does not move it:
 * returns started with the first. An approval stamped after the programme date (only possible when a demo
 * runs the programme clock in the past) counts as approved today.
 */
export function approvalDateOf(approvals: readonly { decidedAt: Date | null }[], today: IsoDate): IsoDate | null {
  const dates = approvals.flatMap((a) => (a.decidedAt ? [londonDate(a.decidedAt)] : [])).sort();
  const first = dates[0];
  if (!first) return null;
  return first > today ? today : first;
}

/** The LA's return periods on the programme date, with its extensions. Two queries, run together. */
export async function loadReturnPeriods({ db, localAuthorityGss, now = programmeNow() }: { db: Db | Tx; localAuthorityGss: string; now?: Date }): Promise<{
  planApprovedOn: IsoDate | null;
  periods: LaReturnPeriod[];
}> {
  const today = londonDate(now);
  const [approvals, extensions] = await Promise.all([
    db.submission.findMany({ where: { kind: "PLAN", localAuthorityGss, periodKey: PLAN_PERIOD_KEY, status: "APPROVED" }, select: { decidedAt: true } }),
    db.deadlineExtension.findMany({ where: { localAuthorityGss, kind: "DELIVERY_RETURN" }, select: { periodKey: true, dueDate: true, lockDate: true } }),
  ]);
  const planApprovedOn = approvalDateOf(approvals, today);
  return { planApprovedOn, periods: returnPeriodsFor({ periods: reportingPeriods(), planApprovedOn, extensions, today }) };
}

export type ReturnStanding =
  | { kind: "plan-not-approved"; period: ReportingPeriod }
  | { kind: "not-owed"; period: ReportingPeriod; planApprovedOn: IsoDate }
  | { kind: "owed"; period: ReportingPeriod; status: LaReturnPeriod };

/** Where one period's return stands for the LA: whether it is owed at all, and its deadline state. */
export async function returnStanding({ db, localAuthorityGss, periodId, now = programmeNow() }: { db: Db | Tx; localAuthorityGss: string; periodId: string; now?: Date }): Promise<ReturnStanding> {
  const period = periodById(periodId);
  if (!period) throw notFoundError("That reporting period");
  const { planApprovedOn, periods } = await loadReturnPeriods({ db, localAuthorityGss, now });
  if (!planApprovedOn) return { kind: "plan-not-approved", period };
  const status = periods.find((p) => p.period.id === periodId);
  return status ? { kind: "owed", period, status } : { kind: "not-owed", period, planApprovedOn };
}

/** Why a return cannot be started, changed or submitted now, in plain English; null when it can. */
export function refusalOf(standing: ReturnStanding, { reopened = false }: { reopened?: boolean } = {}): string | null {
  const label = standing.period.label;
  if (standing.kind === "plan-not-approved") return `You cannot start the ${label} until the programme team has approved your delivery plan.`;
  if (standing.kind === "not-owed") {
    return `Your delivery plan was approved on ${formatDate(standing.planApprovedOn)}, after the ${label} was due, so you do not need to send it.`;
  }
  const { status } = standing;
  if (status.state === "not-yet-open") return `The ${label} opens on ${formatDate(status.opens)}.`;
  // A revision the programme team returned for changes is theirs to reopen: the lock does not apply to it.
  if (status.state === "locked" && !reopened) {
    return `The ${label} locked on ${formatDate(status.locks ?? status.due)}. Contact the programme team if you need to send or correct it.`;
  }
  return null;
}

/** Refuses (as a plain-English error) unless the return can be worked on and submitted now. */
export function assertAccepting(standing: ReturnStanding, options: { reopened?: boolean } = {}): void {
  const refusal = refusalOf(standing, options);
  if (!refusal) return;
  throw new AppError(standing.kind === "owed" && standing.status.state === "locked" ? "DEADLINE_PASSED" : "INVALID_INPUT", refusal);
}
