import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { PageHeading } from "@/components/page-heading";
import { Select } from "@/components/select";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { getStrand } from "@/catalogue/lookup";
import { STRAND_IDS, type StrandId } from "@/catalogue/types";
import { RISK_RATING_INTERPRETATION } from "@/domain/return/risk-rating";
import { REGIONS } from "@/domain/roles";
import { isDepartmentRole } from "@/domain/roles";
import { requireActor, requirePermission } from "@/server/access";
import { ZRiskFilters } from "@/server/analytics/analytics-filters";
import { getDatabase } from "@/server/db/database";
import { loadRiskRegister } from "@/server/risks/load-risk-register";
import { shortPeriodLabel } from "../analytics/period-labels";
import { periodLabel } from "@/server/analytics/load-analytics";

export const metadata: Metadata = { title: "Risk register" };

const RATING_TAGS = { red: { colour: "red", text: "Red" }, amber: { colour: "orange", text: "Amber" }, green: { colour: "green", text: "Green" } } as const;

const strandName = (id: string | null) => (id && (STRAND_IDS as readonly string[]).includes(id) ? getStrand(id as StrandId).name : "Not given");

export default async function RiskRegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  requirePermission(actor, "dashboard.view");
  const filters = ZRiskFilters.parse(await searchParams);
  const { db } = await getDatabase();
  const { risks, counts, localAuthoritiesReporting } = await loadRiskRegister({ db, actor, ...filters });
  const national = isDepartmentRole(actor.role);
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading caption={national ? "Programme oversight" : `${actor.region ?? ""} region`}>Risk register</PageHeading>
      <p className="govuk-body">
        Open risks and issues from each local authority&apos;s latest submitted or approved delivery return ({localAuthoritiesReporting} local authorities): {counts.red} red, {counts.amber}{" "}
        amber, {counts.green} green.
      </p>
      <form method="get" action="/risks" className="mb-6 flex flex-wrap items-end gap-x-6" aria-label="Filter the risks">
        <Select id="rating" name="rating" label="Rating" defaultValue={filters.rating ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "All ratings" }, { value: "red", text: "Red" }, { value: "amber", text: "Amber" }, { value: "green", text: "Green" }]} />
        <Select id="strand" name="strand" label="Strand" defaultValue={filters.strand ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "All strands" }, ...STRAND_IDS.map((s) => ({ value: s, text: getStrand(s).name }))]} />
        {national && (
          <Select id="region" name="region" label="Region" defaultValue={filters.region ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "All regions" }, ...REGIONS.map((r) => ({ value: r, text: r }))]} />
        )}
        <Select id="sort" name="sort" label="Order" defaultValue={filters.sort} formGroupClassName="mb-4" options={[{ value: "rating", text: "Highest rating first" }, { value: "la", text: "Local authority" }]} />
        <div className="mb-4">
          <Button variant="secondary">Apply filters</Button>
        </div>
      </form>
      <p role="status" className="govuk-body">
        {risks.length === 1 ? "1 open risk" : `${risks.length} open risks`}
        {filters.sort === "rating" ? ", highest rating first." : ", by local authority."}
      </p>
      {risks.length > 0 && (
        <Table
          caption="Open risks"
          captionVisuallyHidden
          head={["Local authority", "Risk", "Strand", "Rating", { text: "Score", numeric: true }, "Mitigation and owner", "Return"]}
          rowKeys={risks.map((r) => `${r.localAuthorityGss}:${r.id}`)}
          rows={risks.map((r) => [
            <Link key="la" href={`/local-authorities/${r.localAuthorityGss}`}>
              {r.localAuthorityName}
            </Link>,
            <span key="risk">
              <span className="block font-bold">{r.title}</span>
              {r.description}
            </span>,
            strandName(r.strand),
            <Tag key="rating" colour={RATING_TAGS[r.rating].colour}>
              {RATING_TAGS[r.rating].text}
            </Tag>,
            <span key="score" title={`Likelihood ${r.likelihood} × impact ${r.impact}`}>
              {r.score}
              <span className="sr-only"> (likelihood {r.likelihood} × impact {r.impact})</span>
            </span>,
            <span key="mitigation">
              {r.mitigation ?? "None given"}
              {r.owner && <span className="block">Owner: {r.owner}</span>}
            </span>,
            shortPeriodLabel(periodLabel(r.periodId)),
          ])}
        />
      )}
      <p className="govuk-body-s">{RISK_RATING_INTERPRETATION}</p>
    </main>
  );
}
