import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { PageHeading } from "@/components/page-heading";
import { Select } from "@/components/select";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { FINANCIAL_YEARS } from "@/catalogue/calendar";
import { fundingLineById, formatPounds } from "@/catalogue/funding";
import { ALLOCATABLE_FUNDING_LINE_IDS } from "@/schemas/allocation";
import { requireActor, requirePermission } from "@/server/access";
import { listAllocations } from "@/server/allocations/load-allocations";
import { getDatabase } from "@/server/db/database";
import { AllocationForm, ImportForm } from "./allocation-forms";

export const metadata: Metadata = { title: "Allocations" };

type Search = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 60 ? v : undefined);

export default async function AllocationsPage({ searchParams }: Search) {
  const actor = await requireActor();
  requirePermission(actor, "allocations.manage");
  const params = await searchParams;
  const filters = { gssCode: one(params.la), financialYear: one(params.year), fundingLineId: one(params.line) };
  const { db } = await getDatabase();
  const [authorities, { rows, total }] = await Promise.all([
    db.localAuthority.findMany({ select: { gssCode: true, name: true }, orderBy: { name: "asc" } }),
    listAllocations({ db, actor, filters }),
  ]);
  const choices = {
    authorities: authorities.map((a) => ({ value: a.gssCode, text: a.name })),
    years: FINANCIAL_YEARS.map((fy) => ({ value: fy.id, text: fy.id })),
    lines: ALLOCATABLE_FUNDING_LINE_IDS.map((id) => ({ value: id, text: fundingLineById(id)?.label ?? id })),
  };
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading>Allocations</PageHeading>
      <form method="get" className="mb-8" aria-label="Filter allocations">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select id="la" name="la" label="Local authority" options={[{ value: "", text: "All" }, ...choices.authorities]} defaultValue={filters.gssCode ?? ""} />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select id="year" name="year" label="Financial year" options={[{ value: "", text: "All" }, ...choices.years]} defaultValue={filters.financialYear ?? ""} />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select id="line" name="line" label="Funding line" options={[{ value: "", text: "All" }, ...choices.lines]} defaultValue={filters.fundingLineId ?? ""} />
          </div>
        </div>
        <Button variant="secondary">Filter</Button> <Link href="/admin/allocations">Clear filters</Link>
      </form>
      <Table
        caption={total > rows.length ? `${total} allocations (first ${rows.length} shown)` : `${total} ${total === 1 ? "allocation" : "allocations"}`}
        captionSize="m"
        head={["Local authority", "Financial year", "Funding line", { text: "Amount", numeric: true }]}
        rowKeys={rows.map((r) => r.id)}
        rows={rows.map((r) => [
          r.localAuthority.name,
          r.financialYear,
          <>
            {fundingLineById(r.fundingLineId)?.label ?? r.fundingLineId} {r.source === "TRAILBLAZER_TOP_UP" && <Tag colour="purple">Trailblazer top-up</Tag>}
          </>,
          formatPounds(r.amountPence, { showPence: true }),
        ])}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">Record one allocation</h2>
          <p>Saving an amount for a local authority, year and line that already has one replaces it.</p>
          <AllocationForm choices={choices} />
        </div>
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">Import from a CSV file</h2>
          <p>
            <a href="/admin/allocations/template.csv" download>
              Download the CSV template
            </a>
          </p>
          <ImportForm />
        </div>
      </div>
    </main>
  );
}
