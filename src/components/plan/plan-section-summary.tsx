import type { ReactNode } from "react";
import { getStrand } from "@/catalogue/lookup";
import { NAMED_LEAD_ROLES } from "@/catalogue/programme";
import type { StrandId } from "@/catalogue/types";
import { SummaryList } from "@/components/summary-list";
import { formatDate } from "@/domain/dates";
import { needsAssessmentApproachLabel, namedLeadRoleName } from "@/domain/plan/labels";
import { PLAN_SECTION_SCHEMAS, type PlanSectionKey, type PlanSections } from "@/domain/plan/section-schemas";
import { AMBITION_QUESTIONS } from "@/schemas/plan/ambition";
import { HubSummary, NOT_GIVEN, Paragraphs } from "./hub-summary";
import { GoFurtherSummary, MilestonesSummary, MinimumExpectationsSummary } from "./plan-summary-tables";

// One section of a delivery plan, read-only, for check your answers, sign-off, review and print.

const AMBITION_LABELS = {
  ambition: "Ambition for the three years",
  earlyHelpFit: "How it fits the local early help strategy",
  startingPoint: "Starting point",
} as const;

function isSectionKey(key: string): key is PlanSectionKey {
  return Object.hasOwn(PLAN_SECTION_SCHEMAS, key);
}

function text(value: string | undefined, missing = "Not answered") {
  return value ? <Paragraphs text={value} /> : missing;
}

export function PlanSectionSummary({ sectionKey, data }: { sectionKey: string; data: unknown }) {
  if (data === undefined || data === null) return <p className="govuk-body">Not started.</p>;
  if (!isSectionKey(sectionKey)) return null;
  const parsed = PLAN_SECTION_SCHEMAS[sectionKey].safeParse(data);
  if (!parsed.success) return <p className="govuk-body">This section could not be read. Open it and save it again.</p>;
  // The schema of this very key parsed the data, so it is this section's type.
  const render = RENDERERS[sectionKey] as (data: unknown) => ReactNode;
  return render(parsed.data);
}

const RENDERERS: { [K in PlanSectionKey]: (data: PlanSections[K]) => ReactNode } = {
  ambition: (data) => <SummaryList rows={AMBITION_QUESTIONS.map((q) => ({ key: AMBITION_LABELS[q.field], value: text(data[q.field]) }))} />,
  hubs: ({ hubs }) =>
    hubs.length === 0 ? (
      <p className="govuk-body">No family hubs or sites added.</p>
    ) : (
      hubs.map((hub, i) => (
        <section key={i} aria-label={hub.name}>
          <h3 className="govuk-heading-s">{hub.name}</h3>
          <HubSummary hub={hub} />
        </section>
      ))
    ),
  leadership: (data) => {
    const lead = data.accountableLead;
    return (
      <SummaryList
        rows={[
          {
            key: "Single accountable lead for Start for Life",
            value: lead.name || lead.jobTitle || lead.email ? <Person name={lead.name} detail={lead.jobTitle} email={lead.email} /> : "Not named",
          },
          ...NAMED_LEAD_ROLES.map((role) => {
            const named = data.namedLeads[role.id];
            return { key: namedLeadRoleName(role.id), value: named ? <Person name={named.name} email={named.email} /> : "Not named" };
          }),
          { key: "Governance", value: text(data.governance) },
        ]}
      />
    );
  },
  "needs-assessment": (data) => {
    const rows =
      data.approach === "planned"
        ? [{ key: "Planned completion date", value: data.plannedCompletionDate ? formatDate(data.plannedCompletionDate) : NOT_GIVEN }]
        : [
            { key: "Date completed", value: data.completedDate ? formatDate(data.completedDate) : NOT_GIVEN },
            { key: "Title or web address", value: data.reference ?? NOT_GIVEN },
          ];
    return <SummaryList rows={[{ key: "Needs assessment", value: needsAssessmentApproachLabel(data.approach) }, ...rows, { key: "Summary", value: text(data.summary, "None given") }]} />;
  },
  "minimum-expectations": (data) => <MinimumExpectationsSummary data={data} />,
  "go-further": (data) => <GoFurtherSummary data={data} />,
  milestones: (data) => <MilestonesSummary data={data} />,
  "trailblazer-commitments": (data) => {
    const strands = Object.entries(data.strands);
    if (strands.length === 0) return <p className="govuk-body">No trailblazer strands.</p>;
    return <SummaryList rows={strands.map(([strand, row]) => ({ key: getStrand(strand as StrandId).name, value: text(row?.commitment) }))} />;
  },
};

function Person({ name, detail, email }: { name?: string; detail?: string; email?: string }) {
  return (
    <>
      {name ?? "Name not given"}
      {detail && <span className="block">{detail}</span>}
      <span className="block break-words">{email ?? "No email address given"}</span>
    </>
  );
}
