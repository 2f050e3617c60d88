import type { Metadata } from "next";
import { metricById } from "@/catalogue/metrics";
import { TaskList } from "@/components/task-list";
import { isMetricDue, METRIC_GROUPS } from "@/domain/return/return-metrics";
import type { TReturnMetrics } from "@/schemas/return/metrics";
import { returnPath } from "@/server/returns/return-paths";
import { loadEditableReturnSection, ReturnSectionFrame, type ReturnSectionParams } from "../section-page";

export const metadata: Metadata = { title: "Management information: figures" };

export default async function MetricsIndexPage({ params }: ReturnSectionParams) {
  const { gssCode, periodId } = await params;
  const page = await loadEditableReturnSection(gssCode, periodId, "metrics");
  const values = (page.data as TReturnMetrics | undefined)?.metrics ?? {};
  const annual = page.context.includesAnnualQuestions;
  return (
    <ReturnSectionFrame
      back={page.taskList}
      caption={`${page.la.name} – ${page.period.label}`}
      title="Management information: figures"
      comment={page.comment}
      intro={<p>Enter this quarter’s figures, one group at a time. Each figure shows last quarter’s value beside it.</p>}
    >
      <TaskList
        idPrefix="group"
        items={METRIC_GROUPS.map((g) => {
          const due = g.metricIds.filter((id) => {
            const m = metricById(id);
            return m && m.level === "minimum" && isMetricDue(m, annual);
          });
          const given = due.filter((id) => values[id] !== undefined).length;
          return {
            id: g.id,
            title: g.title,
            href: returnPath(page.la.gssCode, page.period.id, "metrics", g.id),
            hint: `${given} of ${due.length} required figures given`,
            status: given === 0 ? "Not started" : given === due.length ? "Completed" : "In progress",
          };
        })}
      />
      <p>
        <a className="govuk-link" href={page.taskList}>
          Return to the task list
        </a>
      </p>
    </ReturnSectionFrame>
  );
}
