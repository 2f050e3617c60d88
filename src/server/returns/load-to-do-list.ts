import "server-only";
import { grantStatementPeriods, londonDate, reportingPeriods } from "@/catalogue/calendar";
import type { IsoDate } from "@/catalogue/types";
import { deadlineStatus, returnPeriodsFor, type DeadlineStatus } from "@/domain/return/periods";
import type { SubmissionStatus } from "@/domain/submissions/types";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { PLAN_PERIOD_KEY } from "@/server/plans/plan-kind";
import { approvalDateOf } from "./return-periods";
import { returnPath } from "./return-paths";

export interface ToDoItem {
  key: string;
  title: string;
  href: string;
  /** The latest revision's status; null when not started. */
  status: SubmissionStatus | null;
  /** The latest revision is one the programme team returned for changes. */
  changesRequested: boolean;
  /** Null for the plan, which has no deadline in the catalogue. */
  deadline: DeadlineStatus | null;
}

const DONE: readonly SubmissionStatus[] = ["SUBMITTED", "APPROVED"];

/**
 * The LA's to-do list on the programme date: its plan until approved, and every return and statement of
 * grant usage that is open or overdue and not yet submitted (or was reopened for changes). Two queries.
 */
export async function loadToDoList({ db, localAuthorityGss, now = programmeNow() }: { db: Db; localAuthorityGss: string; now?: Date }): Promise<ToDoItem[]> {
  const today = londonDate(now);
  const [submissions, extensions] = await Promise.all([
    db.submission.findMany({
      where: { localAuthorityGss, kind: { in: ["PLAN", "DELIVERY_RETURN", "GRANT_STATEMENT"] } },
      select: { kind: true, periodKey: true, revision: true, status: true, decidedAt: true },
      orderBy: { revision: "asc" },
    }),
    db.deadlineExtension.findMany({ where: { localAuthorityGss }, select: { kind: true, periodKey: true, dueDate: true, lockDate: true } }),
  ]);
  const latest = new Map<string, (typeof submissions)[number]>();
  for (const s of submissions) latest.set(`${s.kind}:${s.periodKey}`, s); // ascending revisions: the last wins
  const state = (kind: string, periodKey: string) => {
    const s = latest.get(`${kind}:${periodKey}`);
    return { status: s?.status ?? null, changesRequested: (s?.revision ?? 1) > 1 && s?.status === "DRAFT" };
  };
  const outstanding = (status: SubmissionStatus | null) => status === null || !DONE.includes(status);
  const items: ToDoItem[] = [];

  const planApprovedOn = approvalDateOf(submissions.filter((s) => s.kind === "PLAN" && s.periodKey === PLAN_PERIOD_KEY && s.status === "APPROVED"), today);
  if (!planApprovedOn) {
    items.push({ key: "plan", title: "Delivery plan", href: `/local-authorities/${localAuthorityGss}/plan`, ...state("PLAN", PLAN_PERIOD_KEY), deadline: null });
  }

  const returnExtensions = extensions.filter((e) => e.kind === "DELIVERY_RETURN");
  for (const p of returnPeriodsFor({ periods: reportingPeriods(), planApprovedOn, extensions: returnExtensions, today })) {
    const s = state("DELIVERY_RETURN", p.period.id);
    const open = p.state === "open" || p.state === "overdue";
    if ((open && outstanding(s.status)) || (s.changesRequested && p.state !== "not-yet-open")) {
      items.push({ key: `return:${p.period.id}`, title: `Delivery return: ${p.period.label.replace(/ return$/, "")}`, href: returnPath(localAuthorityGss, p.period.id), ...s, deadline: p });
    }
  }

  for (const g of grantStatementPeriods()) {
    const extension = extensions.find((e) => e.kind === "GRANT_STATEMENT" && e.periodKey === g.id);
    const deadline = deadlineStatus(
      extension ? { opens: g.opens, due: extension.dueDate as IsoDate, locks: (extension.lockDate > extension.dueDate ? extension.lockDate : extension.dueDate) as IsoDate } : { opens: g.opens, due: g.due },
      today,
    );
    const s = state("GRANT_STATEMENT", g.id);
    if ((deadline.state === "open" || deadline.state === "overdue") && outstanding(s.status)) {
      const title = `${g.kind === "interim" ? "Interim" : "Annual"} statement of grant usage: ${g.financialYear.replace("-", " to 20")}`;
      items.push({ key: `grant:${g.id}`, title, href: `/local-authorities/${localAuthorityGss}/grant-statements/${g.id}`, ...s, deadline });
    }
  }
  // Most urgent first: overdue, then by due date; the plan (no deadline) leads.
  return items.sort((a, b) => (a.deadline?.due ?? "").localeCompare(b.deadline?.due ?? ""));
}
