import type { Metadata } from "next";
import Link from "next/link";
import { ALL_EXPECTATIONS } from "@/catalogue/expectations";
import { STRANDS } from "@/catalogue/strands";
import { catalogueVersion } from "@/catalogue/version";
import { PageHeading } from "@/components/page-heading";
import { groupByStrand, searchExpectations } from "@/domain/catalogue-search";
import { ZCatalogueFilters } from "@/schemas/catalogue-filters";
import { requireActor } from "@/server/access";
import { CalendarSection } from "./calendar-section";
import { CatalogueFilterForm } from "./catalogue-filter-form";
import { ExpectationEntry } from "./expectation-entry";
import { FrameworkSection } from "./framework-section";
import { FundingSection } from "./funding-section";
import { MetricsSection } from "./metrics-section";

export const metadata: Metadata = { title: "Programme expectations" };

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireActor();
  const filters = ZCatalogueFilters.parse(await searchParams);
  const results = searchExpectations({ expectations: ALL_EXPECTATIONS, filters });
  const groups = groupByStrand({ expectations: results, strands: STRANDS });
  const filtered = Object.values(filters).some((v) => v !== undefined);

  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading caption={`Catalogue version ${catalogueVersion}`}>Programme expectations</PageHeading>
      <p className="govuk-body-l">
        The minimum expectations and go further options of the Family Hubs and Start for Life programme guide, with the
        management information, calendar and funding lines that go with them.
      </p>
      <p className="govuk-body">
        The same catalogue is available as JSON at <a href="/api/v1/catalogue">/api/v1/catalogue</a>.
      </p>
      <CatalogueFilterForm filters={filters} />
      <p role="status" className="govuk-body">
        {results.length} {results.length === 1 ? "expectation" : "expectations"}
        {filtered ? (
          <>
            {" "}
            {results.length === 1 ? "matches" : "match"} your filters. <Link href="/catalogue">Clear filters</Link>
          </>
        ) : null}
      </p>
      {groups.map(({ strand, expectations }) => (
        <section key={strand.id} aria-labelledby={`strand-${strand.id}`} className="mb-[30px]">
          <h2 id={`strand-${strand.id}`} className="govuk-heading-m mb-0">
            {strand.name}
          </h2>
          <ul className="m-0 list-none p-0">
            {expectations.map((e) => (
              <ExpectationEntry key={e.id} expectation={e} />
            ))}
          </ul>
        </section>
      ))}
      <h2 className="govuk-heading-m mt-[30px]">Reference</h2>
      <FrameworkSection />
      <MetricsSection />
      <CalendarSection />
      <FundingSection />
    </main>
  );
}
