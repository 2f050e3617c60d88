import { grantStatementPeriods, reportingPeriods, type GrantStatementPeriod, type ReportingPeriod } from "@/catalogue/calendar";
import type { IsoDate } from "@/catalogue/types";
import { londonDate } from "@/domain/dates";
import { effectiveDeadline, isLate, owesReturn } from "@/domain/return/periods";
import type { SubmissionKind, SubmissionStatus } from "@/domain/submissions/types";

// The programme dashboard's one row per LA: the state of its plan, of each quarter's delivery return and of each
// statement of grant usage, worked out from the LA's submissions (every revision) on a date. Pure.
//
// A cell's state is its latest revision's status, or, with none:
//   not_open      the period has not opened yet
//   not_required  a return the LA does not owe: its plan was not approved by then (returns.periods.owesReturn)
//   not_started   owed and open, nothing started
// "late" is separate: the first submission was after the (possibly extended) due date, or nothing has been
// submitted and the due date has passed. Plans have no due date on the dashboard, so are never late.

export const CELL_STATES = ["not_open", "not_required", "not_started", "draft", "awaiting_sign_off", "submitted", "returned", "approved"] as const;
export type CellState = (typeof CELL_STATES)[number];

export const CELL_STATE_LABELS: Record<CellState, string> = {
  not_open: "Not open",
  not_required: "Not required",
  not_started: "Not started",
  draft: "Draft",
  awaiting_sign_off: "Awaiting sign-off",
  submitted: "Submitted",
  returned: "Returned",
  approved: "Approved",
};

const FROM_STATUS: Record<SubmissionStatus, CellState> = {
  DRAFT: "draft",
  AWAITING_SIGN_OFF: "awaiting_sign_off",
  SUBMITTED: "submitted",
  RETURNED: "returned",
  APPROVED: "approved",
};

export interface StatusCell {
  state: CellState;
  late: boolean;
}

export interface DashboardAuthority {
  gssCode: string;
  name: string;
  region: string;
  isTrailblazer: boolean;
  isSuperEvaluator: boolean;
  hasEifSupport: boolean;
}

/** One revision of a submission, as the dashboard needs it. */
export interface DashboardSubmission {
  kind: SubmissionKind;
  localAuthorityGss: string;
  periodKey: string;
  revision: number;
  status: SubmissionStatus;
  submittedAt: Date | null;
  decidedAt: Date | null;
}

export interface DashboardExtension {
  localAuthorityGss: string;
  kind: SubmissionKind;
  periodKey: string;
  dueDate: string;
  lockDate: string;
}

export interface DashboardRow {
  authority: DashboardAuthority;
  plan: StatusCell;
  returns: StatusCell[];
  grants: StatusCell[];
}

export interface DashboardSummary {
  plans: Record<CellState, number>;
  /** The latest reporting period open on the date, if any has opened. */
  currentPeriod: ReportingPeriod | null;
  currentReturns: Record<CellState, number>;
  lateCurrentReturns: number;
  /** Late cells anywhere in the table: returns and statements. */
  lateReturns: number;
  lateGrants: number;
}

export interface ProgrammeStatus {
  today: IsoDate;
  returnPeriods: readonly ReportingPeriod[];
  grantPeriods: readonly GrantStatementPeriod[];
  rows: DashboardRow[];
  summary: DashboardSummary;
}

interface Revisions {
  latest: DashboardSubmission;
  firstSubmittedAt: Date | null;
}

function key(gss: string, kind: SubmissionKind, periodKey: string): string {
  return `${gss}\u0000${kind}\u0000${periodKey}`;
}

function indexRevisions(submissions: readonly DashboardSubmission[]): Map<string, Revisions> {
  const index = new Map<string, Revisions>();
  for (const s of submissions) {
    const k = key(s.localAuthorityGss, s.kind, s.periodKey);
    const found = index.get(k);
    const first = found?.firstSubmittedAt ?? null;
    const firstSubmittedAt = s.submittedAt && (!first || s.submittedAt < first) ? s.submittedAt : first;
    index.set(k, { latest: !found || s.revision > found.latest.revision ? s : found.latest, firstSubmittedAt });
  }
  return index;
}

function cell(revisions: Revisions | undefined, due: IsoDate | null, today: IsoDate, unstarted: CellState): StatusCell {
  if (!revisions) return { state: unstarted, late: unstarted === "not_started" && due !== null && today > due };
  const state = FROM_STATUS[revisions.latest.status];
  if (due === null) return { state, late: false };
  const late = revisions.firstSubmittedAt ? isLate(revisions.firstSubmittedAt, due) : today > due;
  return { state, late };
}

function counts(): Record<CellState, number> {
  return Object.fromEntries(CELL_STATES.map((s) => [s, 0])) as Record<CellState, number>;
}

/** The first approval of the LA's plan, as a London date: returns are owed from then (see owesReturn). */
function planApprovedOn(submissions: readonly DashboardSubmission[]): Map<string, IsoDate> {
  const approved = new Map<string, IsoDate>();
  for (const s of submissions) {
    if (s.kind !== "PLAN" || s.status !== "APPROVED" || !s.decidedAt) continue;
    const date = londonDate(s.decidedAt) as IsoDate;
    const earlier = approved.get(s.localAuthorityGss);
    if (!earlier || date < earlier) approved.set(s.localAuthorityGss, date);
  }
  return approved;
}

/** The latest reporting period that has opened by `today`. */
export function currentReportingPeriod(periods: readonly ReportingPeriod[], today: IsoDate): ReportingPeriod | null {
  return [...periods].reverse().find((p) => p.opens <= today) ?? null;
}

export function buildProgrammeStatus({
  today,
  authorities,
  submissions,
  extensions,
  returnPeriods = reportingPeriods(),
  grantPeriods = grantStatementPeriods(),
}: {
  today: IsoDate;
  authorities: readonly DashboardAuthority[];
  submissions: readonly DashboardSubmission[];
  extensions: readonly DashboardExtension[];
  returnPeriods?: readonly ReportingPeriod[];
  grantPeriods?: readonly GrantStatementPeriod[];
}): ProgrammeStatus {
  const revisions = indexRevisions(submissions);
  const approvals = planApprovedOn(submissions);
  const extensionByKey = new Map(extensions.map((e) => [key(e.localAuthorityGss, e.kind, e.periodKey), e]));
  const current = currentReportingPeriod(returnPeriods, today);
  const summary: DashboardSummary = { plans: counts(), currentPeriod: current, currentReturns: counts(), lateCurrentReturns: 0, lateReturns: 0, lateGrants: 0 };

  const rows = authorities.map((authority): DashboardRow => {
    const gss = authority.gssCode;
    const plan = cell(revisions.get(key(gss, "PLAN", "plan")), null, today, "not_started");
    const approvedOn = approvals.get(gss) ?? null;
    const returns = returnPeriods.map((period) => {
      const extension = extensionByKey.get(key(gss, "DELIVERY_RETURN", period.id));
      const { due } = effectiveDeadline(period, extension);
      const unstarted: CellState = today < period.opens ? "not_open" : approvedOn && owesReturn(period, approvedOn) ? "not_started" : "not_required";
      return cell(revisions.get(key(gss, "DELIVERY_RETURN", period.id)), due, today, unstarted);
    });
    const grants = grantPeriods.map((period) => {
      const extension = extensionByKey.get(key(gss, "GRANT_STATEMENT", period.id));
      const due = (extension?.dueDate ?? period.due) as IsoDate;
      return cell(revisions.get(key(gss, "GRANT_STATEMENT", period.id)), due, today, today < period.opens ? "not_open" : "not_started");
    });

    summary.plans[plan.state] += 1;
    const currentIndex = current ? returnPeriods.indexOf(current) : -1;
    const currentCell = returns[currentIndex];
    if (currentCell) {
      summary.currentReturns[currentCell.state] += 1;
      if (currentCell.late) summary.lateCurrentReturns += 1;
    }
    summary.lateReturns += returns.filter((c) => c.late).length;
    summary.lateGrants += grants.filter((c) => c.late).length;
    return { authority, plan, returns, grants };
  });

  return { today, returnPeriods, grantPeriods, rows, summary };
}
