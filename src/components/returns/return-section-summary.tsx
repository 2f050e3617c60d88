import { findExpectation, STRANDS } from "@/catalogue/lookup";
import { metricById } from "@/catalogue/metrics";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatDate } from "@/domain/dates";
import { METRIC_GROUPS } from "@/domain/return/return-metrics";
import { RETURN_SCHEMAS, type PlanMilestone, type ReturnSectionKey } from "@/domain/return/sections";
import { SERVICE_FIELDS } from "@/schemas/return/services";
import { EXPECTATION_PROGRESS_LABELS, type TReturnExpectations } from "@/schemas/return/minimum-expectations";
import { MILESTONE_RAG, MILESTONE_STATUS_LABELS, type TReturnMilestones } from "@/schemas/return/milestones";
import type { TReturnRisks } from "@/schemas/return/risks";
import type { TReturnSuccesses } from "@/schemas/return/successes";
import type { TReturnAnnualQuestions } from "@/schemas/return/annual-questions";
import type { TReturnServices } from "@/schemas/return/services";
import type { TReturnMetrics } from "@/schemas/return/metrics";

// One section of a delivery return, read-only: for check your answers, sign-off, review and history.

const RAG_TAG = { blue: "blue", green: "green", amber: "orange", red: "red" } as const;
const RISK_TAG = { red: "red", amber: "orange", green: "green" } as const;

function describe(value: unknown, optionLabel?: (id: string) => string | undefined): string {
  if (value === undefined || value === null || value === "") return "Not given";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.length ? value.map((v) => optionLabel?.(String(v)) ?? String(v)).join(", ") : "None";
  if (typeof value === "object") return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${optionLabel?.(k) ?? k}: ${describe(v)}`).join("; ");
  if (typeof value === "number") return value.toLocaleString("en-GB");
  return optionLabel?.(String(value)) ?? String(value);
}

function isKey(key: string): key is ReturnSectionKey {
  return Object.hasOwn(RETURN_SCHEMAS, key);
}

export function ReturnSectionSummary({ sectionKey, data, planMilestones = [] }: { sectionKey: string; data: unknown; planMilestones?: readonly PlanMilestone[] }) {
  if (data === undefined || data === null) return <p className="govuk-body">Not started.</p>;
  if (!isKey(sectionKey)) return null;
  const parsed = RETURN_SCHEMAS[sectionKey].safeParse(data);
  if (!parsed.success) return <p className="govuk-body">This section could not be read. Open it and save it again.</p>;
  const value = parsed.data;
  switch (sectionKey) {
    case "milestones": {
      const updates = (value as TReturnMilestones).milestones;
      const rows = (planMilestones.length ? planMilestones : Object.keys(updates).map((id) => ({ id, label: id, plannedDate: "" }))).map((m) => {
        const u = updates[m.id];
        return [
          m.label,
          u?.status ? <Tag colour={RAG_TAG[MILESTONE_RAG[u.status]]}>{MILESTONE_STATUS_LABELS[u.status]}</Tag> : "Not given",
          u?.revisedDate ? formatDate(u.revisedDate) : m.plannedDate ? formatDate(m.plannedDate) : "",
          u?.commentary ?? "",
        ];
      });
      return <Table caption="Milestone updates" captionVisuallyHidden head={["Milestone", "Status", "Date", "Commentary"]} rows={rows} />;
    }
    case "minimum-expectations": {
      const updates = Object.entries((value as TReturnExpectations).expectations);
      if (!updates.length) return <p className="govuk-body">No progress recorded.</p>;
      const rows = updates.map(([id, u]) => [findExpectation(id)?.summary ?? id, u.progress ? EXPECTATION_PROGRESS_LABELS[u.progress] : "Not given", [u.evidence, u.noLongerMetReason].filter(Boolean).join(" ")]);
      return <Table caption="Progress on minimum expectations" captionVisuallyHidden head={["Expectation", "Progress", "Evidence"]} rows={rows} />;
    }
    case "risks": {
      const risks = (value as TReturnRisks).risks;
      if (!risks.length) return <p className="govuk-body">No risks recorded.</p>;
      const rows = risks.map((r) => [
        r.title,
        <Tag key="rating" colour={RISK_TAG[r.rating]}>{r.rating.charAt(0).toUpperCase() + r.rating.slice(1)}</Tag>,
        r.status === "closed" ? `Closed: ${r.closedReason ?? ""}` : "Open",
        [r.mitigation, r.owner && `Owner: ${r.owner}`].filter(Boolean).join(". "),
      ]);
      return <Table caption="Risks and issues" captionVisuallyHidden head={["Risk", "Rating", "Status", "Mitigation"]} rows={rows} />;
    }
    case "successes": {
      const s = value as TReturnSuccesses;
      if (!s.successes.length) return <p className="govuk-body">{s.nothingToReport ? "Nothing to report this quarter." : "None recorded."}</p>;
      return (
        <SummaryList
          rows={s.successes.map((x) => ({
            key: x.title,
            value: (
              <>
                {x.description}
                {x.strand && <span className="block govuk-font-16">{STRANDS.find((st) => st.id === x.strand)?.name}</span>}
                {x.shareWithOtherAreas && <span className="block govuk-font-16">May be shared with other areas</span>}
              </>
            ),
          }))}
        />
      );
    }
    case "annual-questions": {
      const a = value as TReturnAnnualQuestions;
      return (
        <SummaryList
          rows={[
            { key: "Service improvements", value: a.serviceImprovements ?? "Not answered" },
            { key: "Joint working with local partners", value: a.jointWorking ?? "Not answered" },
          ]}
        />
      );
    }
    case "services": {
      const services = (value as TReturnServices).services;
      if (!services.length) return <p className="govuk-body">No services recorded.</p>;
      const label = (fieldId: string) => (id: string) => SERVICE_FIELDS.find((f) => f.id === fieldId)?.options?.find((o) => o.id === id)?.label;
      return (
        <Table
          caption="Register of services"
          captionVisuallyHidden
          head={["Service", "Location", "Ages", "Hours a week", "Access"]}
          rows={services.map((s) => [
            describe(s.name),
            describe(s.location),
            s["age-from-years"] !== undefined || s["age-to-years"] !== undefined ? `${describe(s["age-from-years"])} to ${describe(s["age-to-years"])}` : "Not given",
            describe(s["opening-hours-per-week"]),
            [describe(s["physical-access-types"], label("physical-access-types")), describe(s["virtual-access-types"], label("virtual-access-types"))].join("; "),
          ])}
        />
      );
    }
    case "metrics": {
      const values = (value as TReturnMetrics).metrics;
      const groups = METRIC_GROUPS.map((g) => ({ ...g, given: g.metricIds.filter((id) => values[id] !== undefined) })).filter((g) => g.given.length);
      if (!groups.length) return <p className="govuk-body">No figures entered.</p>;
      return (
        <>
          {groups.map((g) => (
            <div key={g.id}>
              <h3 className="govuk-heading-s">{g.title}</h3>
              <SummaryList
                rows={g.given.map((id) => {
                  const metric = metricById(id);
                  return { key: metric?.label ?? id, value: describe(values[id], (o) => metric?.options?.find((x) => x.id === o)?.label) };
                })}
              />
            </div>
          ))}
        </>
      );
    }
  }
}
