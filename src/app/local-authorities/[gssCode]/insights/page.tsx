import type { Metadata } from "next";
import { z } from "zod";
import { Button } from "@/components/button";
import { MiBarChart } from "@/components/charts/mi-bar-chart";
import { MiLineChart } from "@/components/charts/mi-line-chart";
import { PageHeading } from "@/components/page-heading";
import { Select } from "@/components/select";
import { Table } from "@/components/table";
import { STRANDS } from "@/catalogue/lookup";
import { ANALYTICS_METRIC_IDS, ANALYTICS_METRICS, formatMetricValue } from "@/domain/analytics/mi-metrics";
import { formatDate } from "@/domain/dates";
import { TRAJECTORY_CATEGORIES, TRAJECTORY_CATEGORY_LABELS } from "@/domain/trajectory";
import { requireActor } from "@/server/access";
import { loadLaInsights } from "@/server/analytics/load-la-insights";
import { getDatabase } from "@/server/db/database";
import { shortPeriodLabel } from "../../../analytics/period-labels";

export const metadata: Metadata = { title: "How you compare" };

const ZInsightsQuery = z.object({
  metric: z.preprocess((v) => (typeof v === "string" && v !== "" ? v : undefined), z.enum(ANALYTICS_METRIC_IDS).optional()).catch(undefined).transform((v) => v ?? "infant-feeding.breastfeeding-initiation"),
});

export default async function InsightsPage({ params, searchParams }: { params: Promise<{ gssCode: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { gssCode } = await params;
  const { metric: metricId } = ZInsightsQuery.parse(await searchParams);
  const { db } = await getDatabase();
  const data = await loadLaInsights({ db, actor, gssCode, metricId });
  const { la, metric, trajectory } = data;
  const chosen = data.comparisons.find((c) => c.metric.id === metricId)!;
  const show = (v: number | null) => formatMetricValue(metric, v);
  const latestIndex = data.periods.length - 1;
  const t = trajectory.area;

  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading caption={la.name}>How you compare</PageHeading>
      <p className="govuk-body">
        What your returns tell the programme: where your minimum expectations stand, and your management information beside the other local authorities in {la.region} and in
        England.
      </p>

      <h2 className="govuk-heading-m">Your trajectory to March 2025</h2>
      {t.withPlan === 0 ? (
        <p className="govuk-body">Your trajectory shows once your delivery plan is approved.</p>
      ) : (
        <>
          <p className="govuk-body">
            Where each minimum expectation stands on {formatDate(trajectory.asOf)}, from your approved plan
            {trajectory.returnPeriodId ? ` and your ${shortPeriodLabel(data.periods.find((p) => p.id === trajectory.returnPeriodId)?.label ?? trajectory.returnPeriodId)} return` : ""}.
          </p>
          <MiBarChart
            label={`Bar chart: your ${t.overall.total} minimum expectations by where they stand. The same figures are in the table that follows.`}
            bars={TRAJECTORY_CATEGORIES.map((c) => ({ label: TRAJECTORY_CATEGORY_LABELS[c], value: t.overall[c] }))}
          />
          <Table
            caption="Minimum expectations by strand"
            captionSize="s"
            firstCellIsHeader
            head={["Strand", ...TRAJECTORY_CATEGORIES.map((c) => ({ text: TRAJECTORY_CATEGORY_LABELS[c], numeric: true }))]}
            rowKeys={[...t.byStrand.map((s) => s.strand), "all"]}
            rows={[
              ...t.byStrand.filter((s) => s.counts.total > 0).map((s) => [STRANDS.find((x) => x.id === s.strand)?.name ?? s.strand, ...TRAJECTORY_CATEGORIES.map((c) => String(s.counts[c]))]),
              ["All strands", ...TRAJECTORY_CATEGORIES.map((c) => String(t.overall[c]))],
            ]}
          />
        </>
      )}

      <h2 className="govuk-heading-m">Your management information</h2>
      {!data.latest ? (
        <p className="govuk-body">Your figures show here once a delivery return has been submitted.</p>
      ) : (
        <>
          <p className="govuk-body">
            Medians are of the other local authorities&apos; latest submitted or approved returns. A median is shown only when at least {data.minimumForMedian} other authorities
            sent the figure, so no one authority&apos;s figures can be worked out.
          </p>
          <Table
            caption={`Your figures in the ${data.latest.label}`}
            captionSize="s"
            firstCellIsHeader
            head={["Measure", { text: "You", numeric: true }, { text: `${la.region} median`, numeric: true }, { text: "England median", numeric: true }]}
            rowKeys={data.comparisons.map((c) => c.metric.id)}
            rows={data.comparisons.map((c) => {
              const row = c.rows[latestIndex];
              const f = (v: number | null | undefined) => formatMetricValue(c.metric, v ?? null);
              return [c.metric.label, f(row?.value), row?.regionMedian === null ? "Too few to show" : f(row?.regionMedian), row?.nationalMedian === null ? "Too few to show" : f(row?.nationalMedian)];
            })}
          />

          <form method="get" action={`/local-authorities/${la.gssCode}/insights`} className="mb-6 flex flex-wrap items-end gap-x-6" aria-label="Choose a measure">
            <Select id="metric" name="metric" label="Measure over time" defaultValue={metricId} formGroupClassName="mb-4" options={ANALYTICS_METRICS.map((m) => ({ value: m.id, text: m.label }))} />
            <div className="mb-4">
              <Button variant="secondary">Show</Button>
            </div>
          </form>
          <MiLineChart
            label={`Line chart: ${metric.label} in your returns beside the ${la.region} and England medians, by quarter. The same figures are in the table that follows.`}
            xLabels={data.periods.map((p) => shortPeriodLabel(p.label))}
            series={[
              { name: la.name, values: chosen.rows.map((r) => r.value), emphasis: true },
              { name: `${la.region} median`, values: chosen.rows.map((r) => r.regionMedian) },
              { name: "England median", values: chosen.rows.map((r) => r.nationalMedian) },
            ]}
            unitSuffix={metric.unit === "percentage" ? "%" : ""}
            yMax={metric.unit === "percentage" ? 100 : undefined}
          />
          <Table
            caption={`${metric.label} by quarter`}
            captionSize="s"
            firstCellIsHeader
            head={["Return", { text: "You", numeric: true }, { text: `${la.region} median`, numeric: true }, { text: "England median", numeric: true }]}
            rowKeys={chosen.rows.map((r) => r.periodId)}
            rows={chosen.rows.map((r, i) => [
              data.periods[i]?.label ?? r.periodId,
              show(r.value),
              r.regionMedian === null ? `Too few to show (${r.regionCount})` : show(r.regionMedian),
              r.nationalMedian === null ? `Too few to show (${r.nationalCount})` : show(r.nationalMedian),
            ])}
          />
        </>
      )}
    </main>
  );
}
