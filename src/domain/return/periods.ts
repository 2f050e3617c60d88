import { londonDate, type ReportingPeriod } from "@/catalogue/calendar";
import type { IsoDate } from "@/catalogue/types";
import { daysBetween } from "@/domain/dates";

// One LA's reporting periods as its deadlines stand today: the catalogue's dates, or the administrator's
// extension for that LA, and where each period stands. All comparisons are London calendar dates
// ("Programme reporting expectations > Programme delivery returns").

export type DeadlineState = "not-yet-open" | "open" | "overdue" | "locked";

export interface Deadline {
  opens: IsoDate;
  due: IsoDate;
  /** After this date nothing more can be submitted. None for statements, which stay overdue until sent. */
  locks?: IsoDate;
}

export interface DeadlineStatus extends Deadline {
  state: DeadlineState;
  /** Whole days from today to the due date while it is not yet passed (0 on the due date). */
  daysLeft: number | null;
  /** Whole days since the due date once it has passed. */
  daysOverdue: number | null;
}

/** An administrator's later deadline for one LA and period (DeadlineExtension). */
export interface PeriodExtension {
  periodKey: string;
  dueDate: string;
  lockDate: string;
}

export interface LaReturnPeriod extends DeadlineStatus {
  period: ReportingPeriod;
  /** The due and lock dates are this LA's extension, not the catalogue's. */
  extended: boolean;
}

/** Where a deadline stands on `today`: before it opens, open and in time, overdue (still accepted), or locked. */
export function deadlineStatus(deadline: Deadline, today: IsoDate): DeadlineStatus {
  const { opens, due, locks } = deadline;
  const state: DeadlineState = today < opens ? "not-yet-open" : today <= due ? "open" : locks !== undefined && today > locks ? "locked" : "overdue";
  return {
    ...deadline,
    state,
    daysLeft: today <= due ? daysBetween(today, due) : null,
    daysOverdue: today > due ? daysBetween(due, today) : null,
  };
}

/** A period's effective dates for one LA: its extension when it has one, the catalogue's otherwise. */
export function effectiveDeadline(period: ReportingPeriod, extension: PeriodExtension | undefined): Deadline & { extended: boolean } {
  if (!extension) return { opens: period.opens, due: period.due, locks: period.locks, extended: false };
  const due = extension.dueDate as IsoDate;
  // A lock before the new due date would make the extension useless: the later of the two wins.
  const locks = (extension.lockDate > extension.dueDate ? extension.lockDate : extension.dueDate) as IsoDate;
  return { opens: period.opens, due, locks, extended: true };
}

/**
 * Whether an LA owes the return for a period, given the date its plan was first approved.
 *
 * Decision: an LA owes every return whose (catalogue) due date is on or after the day its plan was approved.
 * The guide collects the first return in January 2023, straight after plans were agreed, so a plan approved
 * inside a return window owes that window's return (reporting on the quarter before, from the plan's start);
 * a plan approved after a due date does not owe that return. An administrator's extension is the remedy when
 * approval leaves too few days.
 */
export function owesReturn(period: ReportingPeriod, planApprovedOn: IsoDate): boolean {
  return period.due >= planApprovedOn;
}

/**
 * The LA's return periods with their state on `today`, oldest first. None until its plan is approved
 * (`planApprovedOn` null): an LA has returns only once its plan is approved.
 */
export function returnPeriodsFor({
  periods,
  planApprovedOn,
  extensions = [],
  today,
}: {
  periods: readonly ReportingPeriod[];
  planApprovedOn: IsoDate | null;
  extensions?: readonly PeriodExtension[];
  today: IsoDate;
}): LaReturnPeriod[] {
  if (!planApprovedOn) return [];
  const byPeriod = new Map(extensions.map((e) => [e.periodKey, e]));
  return periods
    .filter((p) => owesReturn(p, planApprovedOn))
    .map((period) => {
      const { extended, ...deadline } = effectiveDeadline(period, byPeriod.get(period.id));
      return { period, extended, ...deadlineStatus(deadline, today) };
    });
}

/**
 * True when a submission made at `submittedAt` (a stored instant) was after the due date, comparing London
 * calendar dates: 23:30 UTC on a summer due date is 00:30 the next day in London, so it is late.
 */
export function isLate(submittedAt: Date, due: IsoDate): boolean {
  return londonDate(submittedAt) > due;
}

/** "3 days left", "Due today", "1 day overdue": for a to-do list. */
export function daysText(status: Pick<DeadlineStatus, "daysLeft" | "daysOverdue" | "state">): string {
  if (status.state === "not-yet-open") return "Not open yet";
  if (status.daysOverdue !== null) return `${status.daysOverdue} ${status.daysOverdue === 1 ? "day" : "days"} overdue`;
  if (status.daysLeft === 0) return "Due today";
  return `${status.daysLeft} ${status.daysLeft === 1 ? "day" : "days"} left`;
}
