import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { MiBarChart } from "@/components/charts/mi-bar-chart";
import { MiLineChart } from "@/components/charts/mi-line-chart";
import { Details } from "@/components/details";
import { PageHeading } from "@/components/page-heading";
import { Select } from "@/components/select";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { ANALYTICS_METRICS, formatMetricValue } from "@/domain/analytics/mi-metrics";
import { OUTLIER_DEFINITION } from "@/domain/analytics/outliers";
import { REGIONS } from "@/domain/roles";
import { requireActor, requirePermission } from "@/server/access";
import { ZAnalyticsFilters } from "@/server/analytics/analytics-filters";
import { loadAnalytics } from "@/server/analytics/load-analytics";
import { getDatabase } from "@/server/db/database";
import { shortPeriodLabel } from "./period-labels";

export const metadata: Metadata = { title: "Management information" };

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  requirePermission(actor, "dashboard.view");
  const filters = ZAnalyticsFilters.parse(await searchParams);
  const { db } = await getDatabase();
  const data = await loadAnalytics({ db, actor, region: filters.region, periodId: filters.period, metricId: filters.metric });
  const { metric, series, period } = data;
  const show = (v: number | null) => formatMetricValue(metric, v);
  const xLabels = data.periods.map((p) => shortPeriodLabel(p.label));
  const byRegion = !filters.region && !data.regional;
  const periodIndex = data.periods.length - 1;
  const regionMedian = (region: string) => series.regions.find((r) => r.region === region)?.medians[periodIndex] ?? null;
  const chartSeries = byRegion
    ? [...series.regions.map((r) => ({ name: r.region, values: r.medians })), { name: "England", values: series.national.medians, emphasis: true }]
    : [
        ...series.localAuthorities.filter((l) => l.values.some((v) => v !== null)).map((l) => ({ name: l.name, values: l.values })),
        ...series.regions.map((r) => ({ name: `${r.region} median`, values: r.medians, emphasis: true })),
      ];
  const tableRows = byRegion
    ? [...series.regions.map((r) => ({ key: r.region, name: r.region, values: r.medians })), { key: "england", name: "England", values: series.national.medians }]
    : chartSeries.map((s) => ({ key: s.name, name: s.name, values: s.values }));
  const scopeText = byRegion ? "median of the local authorities in each region, and in England" : "each local authority that sent figures, and the region's median";

  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading caption={data.regional ? `${actor.region ?? ""} region` : "Programme oversight"}>Management information</PageHeading>
      <p className="govuk-body">
        Figures from each local authority&apos;s latest submitted or approved delivery return. Figures far from an authority&apos;s own history or from its region are
        flagged for reviewers to check.
      </p>
      <form method="get" action="/analytics" className="mb-6 flex flex-wrap items-end gap-x-6" aria-label="Filter the management information">
        <Select id="metric" name="metric" label="Measure" defaultValue={filters.metric} formGroupClassName="mb-4" options={ANALYTICS_METRICS.map((m) => ({ value: m.id, text: m.label }))} />
        {!data.regional && (
          <Select id="region" name="region" label="Region" defaultValue={filters.region ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "All regions" }, ...REGIONS.map((r) => ({ value: r, text: r }))]} />
        )}
        <Select
          id="period"
          name="period"
          label="Return"
          defaultValue={period?.id ?? ""}
          formGroupClassName="mb-4"
          options={[...data.openedPeriods].reverse().map((p) => ({ value: p.id, text: p.label }))}
        />
        <div className="mb-4">
          <Button variant="secondary">Show figures</Button>
        </div>
      </form>

      <p role="status" className="govuk-body">
        {period ? `${period.label}: ${data.returnsInPeriod} of ${data.localAuthorityCount} local authorities have a submitted or approved return.` : "No return has opened yet."}
      </p>

      {period && (
        <>
          <h2 className="govuk-heading-m">{metric.label} by quarter</h2>
          <MiLineChart
            label={`Line chart: ${metric.label} in each return up to the ${period.label}, ${scopeText}. The same figures are in the table that follows.`}
            xLabels={xLabels}
            series={chartSeries}
            unitSuffix={metric.unit === "percentage" ? "%" : ""}
            yMax={metric.unit === "percentage" ? 100 : undefined}
          />
          <Table
            caption={`${metric.label}: ${scopeText}`}
            captionSize="s"
            firstCellIsHeader
            head={[byRegion ? "Region" : "Local authority", ...data.periods.map((p) => ({ text: shortPeriodLabel(p.label), numeric: true }))]}
            rowKeys={tableRows.map((r) => r.key)}
            rows={tableRows.map((r) => [r.name, ...r.values.map(show)])}
          />

          <h2 className="govuk-heading-m">Figures to check in the {period.label}</h2>
          {data.outliers.length === 0 ? (
            <p className="govuk-body">No figure is far from its authority&apos;s history or its region.</p>
          ) : (
            <Table
              caption={`${data.outliers.length} ${data.outliers.length === 1 ? "figure" : "figures"} to check`}
              captionVisuallyHidden
              head={["Local authority", "Measure", { text: "Figure", numeric: true }, "Why it is flagged"]}
              rowKeys={data.outliers.map((o) => `${o.localAuthorityGss}:${o.metricId}`)}
              rows={data.outliers.map((o) => [
                <Link key="la" href={`/local-authorities/${o.localAuthorityGss}`}>
                  {o.name}
                </Link>,
                o.metric.label,
                formatMetricValue(o.metric, o.value),
                <ul key="why" className="m-0 list-none p-0">
                  {o.reasons.map((r) => (
                    <li key={r.kind} className="mb-1">
                      <Tag colour={r.kind === "region" ? "purple" : "orange"} size="small">
                        {r.kind === "history" ? "Unusual for this authority" : r.kind === "change" ? "Large change" : "Far from region"}
                      </Tag>{" "}
                      {r.text}
                    </li>
                  ))}
                </ul>,
              ])}
            />
          )}
          <Details summary="How figures are flagged">
            <p>A figure is flagged when any of these is true:</p>
            <ul className="list-disc pl-5">
              <li>
                it is more than {OUTLIER_DEFINITION.madMultiplier} median absolute deviations from the median of the authority&apos;s own earlier figures (with at least{" "}
                {OUTLIER_DEFINITION.minHistory} earlier quarters)
              </li>
              <li>it changed by more than {OUTLIER_DEFINITION.maxRelativeChange * 100}% since the authority&apos;s previous figure</li>
              <li>
                it is more than {OUTLIER_DEFINITION.madMultiplier} median absolute deviations from the median of the other authorities in its region that period (with at least{" "}
                {OUTLIER_DEFINITION.minRegionPeers} of them)
              </li>
            </ul>
            <p>
              The deviation is never taken as less than {OUTLIER_DEFINITION.relativeFloor * 100}% of the median, or {OUTLIER_DEFINITION.absoluteFloor} unit, so a steady series is not
              flagged for a small move.
            </p>
          </Details>

          <h2 className="govuk-heading-m">{metric.label}: each local authority in the {period.label}</h2>
          <Table
            caption={`${metric.label} by local authority, ${period.label}`}
            captionVisuallyHidden
            firstCellIsHeader
            head={["Local authority", "Region", { text: "Figure", numeric: true }, { text: "Region median", numeric: true }, "Check"]}
            rowKeys={series.localAuthorities.map((l) => l.localAuthorityGss)}
            rows={series.localAuthorities.map((l) => {
              const outlier = data.outliersByLa.get(l.localAuthorityGss);
              return [
                <Link key="la" href={`/local-authorities/${l.localAuthorityGss}`}>
                  {l.name}
                </Link>,
                l.region,
                show(l.values[periodIndex] ?? null),
                show(regionMedian(l.region)),
                outlier ? (
                  <Tag key="flag" colour="orange" size="small">
                    Check figure
                  </Tag>
                ) : (
                  ""
                ),
              ];
            })}
          />

          <h2 className="govuk-heading-m">Services by access type in the {period.label}</h2>
          <p className="govuk-body">
            {data.services.totalServices.toLocaleString("en-GB")} services in the registers of services. A service offering several kinds of access is counted under each.
          </p>
          <MiBarChart
            label={`Bar chart: number of services offering each kind of access in the ${period.label}. The same figures are in the table that follows.`}
            bars={data.services.accessTypes.map((t) => ({ label: `${t.group}: ${t.label}`, value: t.services }))}
          />
          <Table
            caption={`Services by access type, ${period.label}`}
            captionSize="s"
            firstCellIsHeader
            head={["Access type", { text: "Services", numeric: true }, { text: "Local authorities offering it", numeric: true }]}
            rowKeys={data.services.accessTypes.map((t) => t.id)}
            rows={data.services.accessTypes.map((t) => [`${t.group}: ${t.label}`, t.services.toLocaleString("en-GB"), t.localAuthorities.toLocaleString("en-GB")])}
          />

          <h2 className="govuk-heading-m">Family hubs open</h2>
          <p className="govuk-body">Family hubs in approved delivery plans whose opening date is on or before the end of the quarter each return reports on.</p>
          <MiBarChart
            label={`Bar chart: family hubs open at the end of the quarter each return reports on, up to the ${period.label}. The same figures are in the table that follows.`}
            bars={data.periods.map((p, i) => ({ label: shortPeriodLabel(p.label), value: data.hubs.total[i] ?? 0 }))}
          />
          <Table
            caption="Family hubs open, by region"
            captionSize="s"
            firstCellIsHeader
            head={["Region", ...data.periods.map((p) => ({ text: shortPeriodLabel(p.label), numeric: true }))]}
            rowKeys={[...data.hubs.byRegion.map((r) => r.region), "total"]}
            rows={[...data.hubs.byRegion.map((r) => [r.region, ...r.counts.map(String)]), ["All", ...data.hubs.total.map(String)]]}
          />
        </>
      )}
    </main>
  );
}
