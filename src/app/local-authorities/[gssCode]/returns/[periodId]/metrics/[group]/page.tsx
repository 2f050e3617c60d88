import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { metricById } from "@/catalogue/metrics";
import type { Metric } from "@/catalogue/metric-model";
import { MetricsGroupForm } from "@/components/returns/metrics-group-form";
import { previousMetricValues } from "@/domain/return/prefill";
import { isMetricDue } from "@/domain/return/return-metrics";
import type { TReturnMetrics } from "@/schemas/return/metrics";
import { returnPath } from "@/server/returns/return-paths";
import { metricGroup } from "@/server/returns/section-input";
import { loadEditableReturnSection, ReturnSectionFrame } from "../../section-page";

export const metadata: Metadata = { title: "Management information" };

export default async function MetricsGroupPage({ params }: { params: Promise<{ gssCode: string; periodId: string; group: string }> }) {
  const { gssCode, periodId, group: groupId } = await params;
  const group = metricGroup(groupId);
  if (!group) notFound();
  const index = returnPath(gssCode, periodId, "metrics");
  const page = await loadEditableReturnSection(gssCode, periodId, "metrics", { part: { kind: "metric-group", id: group.id }, next: index });
  const metrics = group.metricIds.map((id) => metricById(id)).filter((m): m is Metric => m !== undefined && isMetricDue(m, page.context.includesAnnualQuestions));
  return (
    <ReturnSectionFrame back={index} backText="Back to management information" caption={`${page.la.name} – ${page.period.label}`} title={group.title} comment={page.comment}>
      <MetricsGroupForm
        key={page.version}
        action={page.action}
        autosave={page.autosave}
        version={page.version}
        metrics={metrics}
        saved={(page.data as TReturnMetrics | undefined)?.metrics ?? {}}
        previous={previousMetricValues(page.context.previous)}
      />
    </ReturnSectionFrame>
  );
}
