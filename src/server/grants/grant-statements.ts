import "server-only";
import { financialYears, grantStatementPeriods, londonDate, type GrantStatementPeriod } from "@/catalogue/calendar";
import { formatDate } from "@/domain/dates";
import type { SubmissionStatus } from "@/domain/submissions/types";
import { authoriseForLocalAuthority, localAuthorityScope, type Actor } from "@/server/authorise";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { AppError, notFoundError } from "@/server/errors";
import { findLatestRevision, type LoadedSubmission } from "@/server/submissions/load-submission";
import { startSubmission } from "@/server/submissions/start-submission";
import { grantContextFor, grantKindServer } from "./grant-kind";

// Statements of grant usage: interim and annual per financial year ("Programme reporting expectations >
// Financial returns"). The engine does storage, sign-off and review; this decides when one can start.

export function grantPeriodById(periodId: string): GrantStatementPeriod | undefined {
  return grantStatementPeriods({ includeExtension: true }).find((p) => p.id === periodId);
}

export function grantPeriodLabel(period: GrantStatementPeriod): string {
  const year = financialYears({ includeExtension: true }).find((fy) => fy.id === period.financialYear);
  const years = year ? `${year.from.slice(0, 4)} to ${year.to.slice(0, 4)}` : period.financialYear;
  return `${period.kind === "interim" ? "Interim" : "Annual"} statement of grant usage ${years}`;
}

export function grantPath(gssCode: string, periodId?: string, ...rest: string[]): string {
  return ["", "local-authorities", gssCode, "grant-statements", ...(periodId ? [periodId] : []), ...rest].join("/");
}

/** Why a statement cannot be started now, or null. It opens on its date, and only once the year's allocation is loaded. */
export async function grantStartRefusal(db: Db, localAuthorityGss: string, period: GrantStatementPeriod, now = programmeNow()): Promise<string | null> {
  if (londonDate(now) < period.opens) return `This statement opens on ${formatDate(period.opens)}.`;
  const { allocations } = await grantContextFor(db, localAuthorityGss, period.id);
  if (allocations.length === 0) return `Your allocation for ${period.financialYear.replace("-", " to 20")} has not been loaded yet. The programme team will load it; contact them if it is missing.`;
  return null;
}

/** Starts the LA's statement for a period (finance officer or commissioning lead), or gives back the one already started. */
export async function startGrantStatement({ db, actor, localAuthorityGss, periodId, now = programmeNow() }: { db: Db; actor: Actor; localAuthorityGss: string; periodId: string; now?: Date }): Promise<LoadedSubmission> {
  const period = grantPeriodById(periodId);
  if (!period) throw notFoundError("That statement");
  const la = await authoriseForLocalAuthority(db, actor, "grant.edit", localAuthorityGss);
  const existing = await findLatestRevision({ db, actor, kind: "GRANT_STATEMENT", localAuthorityGss, periodKey: period.id });
  if (existing) return existing;
  const refusal = await grantStartRefusal(db, localAuthorityGss, period, now);
  if (refusal) throw new AppError("INVALID_INPUT", refusal);
  return startSubmission({ db, actor, kindServer: grantKindServer, localAuthorityGss, periodKey: period.id });
}

export interface GrantStatementRow {
  period: GrantStatementPeriod;
  label: string;
  status: SubmissionStatus | null;
  opened: boolean;
}

/** The LA's statements, grouped by financial year, with the latest revision's status. One query. */
export async function listGrantStatements({ db, actor, localAuthorityGss, now = programmeNow() }: { db: Db; actor: Actor; localAuthorityGss: string; now?: Date }) {
  const submissions = await db.submission.findMany({
    where: { AND: [{ kind: "GRANT_STATEMENT", localAuthorityGss }, { localAuthority: localAuthorityScope(actor) }] },
    orderBy: { revision: "desc" },
    select: { periodKey: true, status: true },
  });
  const latest = new Map<string, SubmissionStatus>();
  for (const s of submissions) if (!latest.has(s.periodKey)) latest.set(s.periodKey, s.status);
  const today = londonDate(now);
  const years = financialYears();
  return years.map((fy) => ({
    financialYear: fy,
    statements: grantStatementPeriods()
      .filter((p) => p.financialYear === fy.id)
      .map((period): GrantStatementRow => ({ period, label: grantPeriodLabel(period), status: latest.get(period.id) ?? null, opened: today >= period.opens })),
  }));
}
