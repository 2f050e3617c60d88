import "server-only";
import { ANALYTICS_METRICS, analyticsMetric, type AnalyticsMetricId } from "@/domain/analytics/mi-metrics";
import { compareWithPeers, MIN_LAS_FOR_SHARED_MEDIAN } from "@/domain/analytics/la-comparison";
import { chooseTrajectorySubmissions, readPlanExpectations, readReturnSections } from "@/domain/dashboard/trajectory-input";
import { londonDate } from "@/domain/dates";
import { computeTrajectory } from "@/domain/trajectory";
import type { IsoDate } from "@/catalogue/types";
import { buildMetricSeries } from "@/domain/analytics/mi-series";
import { requireLocalAuthority, type Actor } from "@/server/access";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { openedPeriods } from "./load-analytics";
import { loadMiReturns } from "./load-mi-returns";

/**
 * Feedback to one LA (issue 6, item 9): its own MI beside the medians of the other LAs in its region and in
 * England. The LA must be in the actor's scope (404 otherwise). Other LAs' figures are read to compute the
 * medians but never leave this function: only medians over at least MIN_LAS_FOR_SHARED_MEDIAN LAs do.
 */
export async function loadLaInsights({ db, actor, gssCode, metricId, now = programmeNow() }: { db: Db; actor: Actor; gssCode: string; metricId: AnalyticsMetricId; now?: Date }) {
  const la = await requireLocalAuthority(actor, gssCode);
  const periods = openedPeriods(now);
  const periodIds = periods.map((p) => p.id);
  // National by design: the medians are the point. Scoped reads elsewhere; here only aggregates are returned.
  const { returns, localAuthorities } = await loadMiReturns({ db, localAuthorities: {}, periodIds });
  const own = returns.filter((r) => r.localAuthorityGss === la.gssCode);
  const lastWithData = [...periods].reverse().find((p) => own.some((r) => r.periodId === p.id));
  const shown = lastWithData ? periods.filter((p) => p.id <= lastWithData.id) : [];
  const comparisons = ANALYTICS_METRICS.map((metric) => {
    const series = buildMetricSeries({ returns, periods: shown.map((p) => p.id), metricId: metric.id, knownLocalAuthorities: localAuthorities });
    return { metric, rows: compareWithPeers(series, la.gssCode) ?? [] };
  });
  return {
    trajectory: await loadOwnTrajectory(db, la, now),
    la: { gssCode: la.gssCode, name: la.name, region: la.region },
    periods: shown.map((p) => ({ id: p.id, label: p.label })),
    latest: lastWithData ? { id: lastWithData.id, label: lastWithData.label } : null,
    metric: analyticsMetric(metricId),
    comparisons,
    minimumForMedian: MIN_LAS_FOR_SHARED_MEDIAN,
  };
}

/** The LA's own trajectory today (src/domain/trajectory.ts), from its plan approved and return submitted by today. Two queries. */
async function loadOwnTrajectory(db: Db, la: { gssCode: string; region: string }, now: Date) {
  const asOf = londonDate(now) as IsoDate;
  const submissions = await db.submission.findMany({
    where: { localAuthorityGss: la.gssCode, kind: { in: ["PLAN", "DELIVERY_RETURN"] }, status: { in: ["SUBMITTED", "APPROVED"] } },
    select: { id: true, kind: true, localAuthorityGss: true, periodKey: true, revision: true, status: true, submittedAt: true, decidedAt: true },
  });
  const { plans, returns } = chooseTrajectorySubmissions(submissions, asOf);
  const plan = plans.get(la.gssCode);
  const ret = returns.get(la.gssCode);
  const ids = [plan?.id, ret?.id].filter((id): id is string => id !== undefined);
  const sections = ids.length === 0 ? [] : await db.submissionSection.findMany({ where: { submissionId: { in: ids }, key: { in: ["minimum-expectations", "milestones"] } }, select: { submissionId: true, key: true, data: true } });
  const data = (id: string | undefined, key: string) => sections.find((s) => s.submissionId === id && s.key === key)?.data;
  const trajectory = computeTrajectory({
    asOf,
    authorities: [
      {
        gssCode: la.gssCode,
        region: la.region,
        plan: plan ? readPlanExpectations(data(plan.id, "minimum-expectations")) : undefined,
        latestReturn: ret ? readReturnSections(ret.periodKey, data(ret.id, "minimum-expectations"), data(ret.id, "milestones")) : undefined,
      },
    ],
  });
  return { asOf, area: trajectory.nation, returnPeriodId: ret?.periodKey ?? null };
}
