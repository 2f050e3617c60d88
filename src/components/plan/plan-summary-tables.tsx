import { isWithin } from "@/catalogue/calendar";
import { expectationsFor, findExpectation, STRANDS } from "@/catalogue/lookup";
import { Table } from "@/components/table";
import { formatDate } from "@/domain/dates";
import { ENTERED_FIXED_MILESTONES } from "@/domain/plan/fixed-milestones";
import { expectationStatusLabel, quarterLabel } from "@/domain/plan/labels";
import { MILESTONE_QUARTERS } from "@/domain/plan/milestone-quarters";
import type { TPlanGoFurther } from "@/schemas/plan/go-further";
import type { TPlanMilestones } from "@/schemas/plan/milestones";
import type { TPlanMinimumExpectations } from "@/schemas/plan/minimum-expectations";
import { Paragraphs } from "./hub-summary";

// The long parts of a plan, read-only: a table per strand, and the milestones.

export function MinimumExpectationsSummary({ data }: { data: TPlanMinimumExpectations }) {
  return STRANDS.map((strand) => {
    const minimums = expectationsFor({ strand: strand.id, kind: "minimum" });
    if (minimums.length === 0) return null;
    return (
      <Table
        key={strand.id}
        caption={strand.name}
        captionSize="s"
        head={[{ text: "Minimum expectation", className: "w-1/2" }, "Status", "Target date and reason"]}
        rowKeys={minimums.map((e) => e.id)}
        rows={minimums.map((e) => {
          const entry = data.expectations[e.id];
          return [
            e.summary,
            entry ? expectationStatusLabel(entry.status) : <strong>Not answered</strong>,
            <>
              {entry?.targetDate ? formatDate(entry.targetDate) : entry?.status === "met" ? "Already met" : ""}
              {entry?.reason && (
                <span className="block">
                  <Paragraphs text={entry.reason} />
                </span>
              )}
            </>,
          ];
        })}
      />
    );
  });
}

export function GoFurtherSummary({ data }: { data: TPlanGoFurther }) {
  const strands = STRANDS.filter((s) => s.funded || Object.keys(data.chosen).some((id) => findExpectation(id)?.strand === s.id) || data.own.some((i) => i.strand === s.id));
  return strands.map((strand) => {
    const chosen = Object.entries(data.chosen).flatMap(([id, entry]) => {
      const option = findExpectation(id);
      return option?.strand === strand.id ? [{ key: id, title: option.summary, startQuarter: entry.startQuarter, detail: entry.detail }] : [];
    });
    const own = data.own
      .map((idea, i) => ({ key: `own-${i}`, title: idea.title, startQuarter: idea.startQuarter, detail: idea.description, strand: idea.strand }))
      .filter((idea) => idea.strand === strand.id);
    const rows = [...chosen.map((c) => ({ ...c, kind: "From the programme guide" })), ...own.map((o) => ({ ...o, kind: "Our own idea" }))];
    if (rows.length === 0) {
      return (
        <p key={strand.id} className="govuk-body">
          <strong>{strand.name}:</strong> no ‘go further’ options chosen.
        </p>
      );
    }
    return (
      <Table
        key={strand.id}
        caption={strand.name}
        captionSize="s"
        head={[{ text: "Go further", className: "w-1/2" }, "Starts", "What it will look like locally"]}
        rowKeys={rows.map((r) => r.key)}
        rows={rows.map((r) => [
          <>
            {r.title}
            <span className="govuk-font-16 block text-govuk-secondary-text">{r.kind}</span>
          </>,
          quarterLabel(r.startQuarter),
          r.detail ? <Paragraphs text={r.detail} /> : "",
        ])}
      />
    );
  });
}

export function MilestonesSummary({ data }: { data: TPlanMilestones }) {
  const own = [...data.transformation].sort((a, b) => a.date.localeCompare(b.date));
  const empty = MILESTONE_QUARTERS.filter((q) => !own.some((m) => isWithin(m.date, q)));
  return (
    <>
      <Table
        caption="Fixed milestones"
        captionSize="s"
        head={[{ text: "Milestone", className: "w-1/3" }, "Date", "What it will look like for families"]}
        rowKeys={ENTERED_FIXED_MILESTONES.map((m) => m.id)}
        rows={ENTERED_FIXED_MILESTONES.map((m) => {
          const entry = data.fixed[m.id];
          return [m.label, entry?.date ? formatDate(entry.date) : <strong>Not given</strong>, entry?.description ? <Paragraphs text={entry.description} /> : ""];
        })}
      />
      {own.length === 0 ? (
        <p className="govuk-body">No quarterly transformation milestones added.</p>
      ) : (
        <Table
          caption="Quarterly transformation milestones"
          captionSize="s"
          head={[{ text: "Date", className: "w-1/4" }, "Milestone", "Description"]}
          rowKeys={own.map((m) => m.id)}
          rows={own.map((m) => [formatDate(m.date), m.title, m.description ? <Paragraphs text={m.description} /> : ""])}
        />
      )}
      {empty.length > 0 && (
        <p className="govuk-body">
          Quarters without a milestone: {empty.map((q) => q.label).join("; ")}.
        </p>
      )}
    </>
  );
}
