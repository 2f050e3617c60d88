import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { PageHeading } from "@/components/page-heading";
import { Select } from "@/components/select";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { TextInput } from "@/components/text-input";
import { REGIONS } from "@/domain/roles";
import { COHORT_FILTERS, ZLocalAuthorityFilters } from "@/schemas/local-authority-filters";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { listLocalAuthorities } from "@/server/local-authorities/list-local-authorities";
import { orNotFound } from "@/server/page-errors";
import { CohortTags } from "./cohort-tags";

export const metadata: Metadata = { title: "Local authorities" };

export default async function LocalAuthoritiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const filters = ZLocalAuthorityFilters.parse(await searchParams);
  const { db } = await getDatabase();
  const authorities = await orNotFound(listLocalAuthorities({ db, actor, filters }));
  const regions = actor.role === "REGIONAL_ADVISER" ? REGIONS.filter((r) => r === actor.region) : REGIONS;

  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading caption={actor.role === "REGIONAL_ADVISER" ? actor.region ?? undefined : "All regions"}>Local authorities</PageHeading>
      <form method="get" action="/local-authorities" className="mb-8 flex flex-wrap items-end gap-x-6" role="search" aria-label="Filter local authorities">
        <TextInput id="q" name="q" label="Name or GSS code" defaultValue={filters.q} width={20} formGroupClassName="mb-4" />
        <Select id="region" name="region" label="Region" defaultValue={filters.region ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "All regions" }, ...regions.map((r) => ({ value: r, text: r }))]} />
        <Select id="cohort" name="cohort" label="Cohort" defaultValue={filters.cohort ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "All cohorts" }, ...Object.entries(COHORT_FILTERS).map(([value, text]) => ({ value, text }))]} />
        <div className="mb-4">
          <Button variant="secondary">Apply filters</Button>
        </div>
      </form>
      <p role="status">
        {authorities.length} {authorities.length === 1 ? "local authority" : "local authorities"}
        {filters.q || filters.region || filters.cohort ? (
          <>
            {" "}match your filters. <Link href="/local-authorities">Clear filters</Link>
          </>
        ) : null}
      </p>
      {authorities.length > 0 && (
        <Table
          caption="Local authorities"
          captionVisuallyHidden
          head={["Local authority", "GSS code", "Region", "Cohorts"]}
          rowKeys={authorities.map((la) => la.gssCode)}
          rows={authorities.map((la) => [
            <Link key="name" href={`/local-authorities/${la.gssCode}`}>
              {la.name}
            </Link>,
            la.gssCode,
            la.region,
            <CohortTags key="cohorts" authority={la} empty={<Tag colour="grey">None</Tag>} />,
          ])}
        />
      )}
    </main>
  );
}
