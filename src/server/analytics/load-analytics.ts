import "server-only";
import { londonDate, periodById, reportingPeriods } from "@/catalogue/calendar";
import { ANALYTICS_METRICS, analyticsMetric, type AnalyticsMetricId } from "@/domain/analytics/mi-metrics";
import { buildMetricSeries } from "@/domain/analytics/mi-series";
import { findOutliers } from "@/domain/analytics/outliers";
import { hubsOpenOn, servicesByAccessType } from "@/domain/analytics/services-summary";
import type { Prisma } from "@/generated/prisma/client";
import { isDepartmentRole } from "@/domain/roles";
import { authorise, localAuthorityScope, type Actor } from "@/server/authorise";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { loadMiReturns } from "./load-mi-returns";

/** The reporting periods that have opened by the programme date, oldest first. */
export function openedPeriods(now: Date = programmeNow()) {
  const today = londonDate(now);
  return reportingPeriods({ includeExtension: true }).filter((p) => p.opens <= today);
}

/**
 * MI analytics for department users (everything) and regional advisers (their region only): one metric over
 * quarters by LA and region, the outliers of every charted metric in the chosen period, services by access
 * type and hubs open. Three queries whatever the number of LAs.
 */
export async function loadAnalytics({
  db,
  actor,
  region,
  periodId,
  metricId,
  now = programmeNow(),
}: {
  db: Db;
  actor: Actor;
  region?: string;
  periodId?: string;
  metricId: AnalyticsMetricId;
  now?: Date;
}) {
  authorise(actor, "dashboard.view");
  const opened = openedPeriods(now);
  const scope: Prisma.LocalAuthorityWhereInput[] = [localAuthorityScope(actor)];
  if (region) scope.push({ region });
  const { localAuthorities, returns, plans } = await loadMiReturns({ db, localAuthorities: { AND: scope }, periodIds: opened.map((p) => p.id) });

  const withData = new Set(returns.map((r) => r.periodId));
  const chosen = (periodId ? opened.find((p) => p.id === periodId) : undefined) ?? [...opened].reverse().find((p) => withData.has(p.id)) ?? opened.at(-1);
  const periods = chosen ? opened.filter((p) => p.id <= chosen.id) : [];
  const periodIds = periods.map((p) => p.id);
  const series = buildMetricSeries({ returns, periods: periodIds, metricId, knownLocalAuthorities: localAuthorities });
  const metric = analyticsMetric(metricId);

  // Outliers of every charted metric, in the chosen period only: what a reviewer should look at now.
  const outliers = ANALYTICS_METRICS.flatMap((m) => {
    const s = m.id === metricId ? series : buildMetricSeries({ returns, periods: periodIds, metricId: m.id, knownLocalAuthorities: localAuthorities });
    return findOutliers(s, m)
      .filter((o) => o.periodId === chosen?.id)
      .map((o) => ({ ...o, metric: m }));
  }).sort((a, b) => a.name.localeCompare(b.name) || ANALYTICS_METRICS.indexOf(a.metric) - ANALYTICS_METRICS.indexOf(b.metric));
  const chosenOutliers = findOutliers(series, metric).filter((o) => o.periodId === chosen?.id);

  return {
    regional: !isDepartmentRole(actor.role),
    metric,
    periods: periods.map((p) => ({ id: p.id, label: p.label, coversTo: p.covers.to })),
    openedPeriods: opened.map((p) => ({ id: p.id, label: p.label })),
    period: chosen ? { id: chosen.id, label: chosen.label } : null,
    series,
    outliers,
    outliersByLa: new Map(chosenOutliers.map((o) => [o.localAuthorityGss, o])),
    returnsInPeriod: returns.filter((r) => r.periodId === chosen?.id).length,
    localAuthorityCount: localAuthorities.length,
    services: servicesByAccessType(returns.filter((r) => r.periodId === chosen?.id)),
    hubs: hubsOpenOn(plans, periods.map((p) => p.covers.to)),
  };
}

export function periodLabel(id: string): string {
  return periodById(id)?.label ?? id;
}
