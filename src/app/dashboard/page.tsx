import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { PageHeading } from "@/components/page-heading";
import { Select } from "@/components/select";
import { Table } from "@/components/table";
import { TextInput } from "@/components/text-input";
import { CELL_STATES, CELL_STATE_LABELS, type CellState } from "@/domain/dashboard/programme-status";
import { REGIONS } from "@/domain/roles";
import { COHORT_FILTERS, ZLocalAuthorityFilters } from "@/schemas/local-authority-filters";
import { requireActor, requirePermission } from "@/server/access";
import { loadProgrammeStatus } from "@/server/dashboard/load-programme-status";
import { filterQuery } from "@/server/dashboard/labels";
import { getDatabase } from "@/server/db/database";
import { StatusTable } from "./status-table";

export const metadata: Metadata = { title: "Programme dashboard" };

const PLAN_STATES: CellState[] = ["not_started", "draft", "awaiting_sign_off", "submitted", "returned", "approved"];

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  requirePermission(actor, "dashboard.view");
  const filters = ZLocalAuthorityFilters.parse(await searchParams);
  const { db } = await getDatabase();
  const status = await loadProgrammeStatus({ db, actor, filters });
  const regional = actor.role === "REGIONAL_ADVISER";
  const regions = regional ? REGIONS.filter((r) => r === actor.region) : REGIONS;
  const { summary } = status;
  const query = filterQuery(filters);
  const filtered = Boolean(filters.q || filters.region || filters.cohort);
  const currentStates = CELL_STATES.filter((s) => summary.currentReturns[s] > 0);

  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading caption={regional ? (actor.region ?? undefined) : "All regions"}>Programme dashboard</PageHeading>
      <p className="govuk-body">
        <Link href="/dashboard/trajectory">Trajectory to March 2025</Link>
      </p>

      <h2 className="govuk-heading-m">Summary</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Table
            caption="Delivery plans"
            captionSize="s"
            head={["State", { text: "Local authorities", numeric: true }]}
            rows={PLAN_STATES.map((s) => [CELL_STATE_LABELS[s], String(summary.plans[s])])}
            firstCellIsHeader
          />
        </div>
        <div className="govuk-grid-column-one-half">
          {summary.currentPeriod ? (
            <Table
              caption={`${summary.currentPeriod.label}s`}
              captionSize="s"
              head={["State", { text: "Local authorities", numeric: true }]}
              rows={[
                ...currentStates.map((s) => [CELL_STATE_LABELS[s], String(summary.currentReturns[s])]),
                ["Late", String(summary.lateCurrentReturns)],
              ]}
              firstCellIsHeader
            />
          ) : (
            <p className="govuk-body">No delivery return has opened yet.</p>
          )}
          <p className="govuk-body">
            Late across all periods: {summary.lateReturns} {summary.lateReturns === 1 ? "delivery return" : "delivery returns"} and {summary.lateGrants}{" "}
            {summary.lateGrants === 1 ? "statement of grant usage" : "statements of grant usage"}.
          </p>
        </div>
      </div>

      <h2 className="govuk-heading-m">Local authorities</h2>
      <form method="get" action="/dashboard" className="mb-6 flex flex-wrap items-end gap-x-6" role="search" aria-label="Filter the dashboard">
        <TextInput id="q" name="q" label="Name or GSS code" defaultValue={filters.q} width={20} formGroupClassName="mb-4" />
        <Select id="region" name="region" label="Region" defaultValue={filters.region ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "All regions" }, ...regions.map((r) => ({ value: r, text: r }))]} />
        <Select id="cohort" name="cohort" label="Cohort" defaultValue={filters.cohort ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "All cohorts" }, ...Object.entries(COHORT_FILTERS).map(([value, text]) => ({ value, text }))]} />
        <div className="mb-4">
          <Button variant="secondary">Apply filters</Button>
        </div>
      </form>
      <p role="status" className="govuk-body">
        {status.rows.length} {status.rows.length === 1 ? "local authority" : "local authorities"}
        {filtered ? (
          <>
            {" "}match your filters. <Link href="/dashboard">Clear filters</Link>
          </>
        ) : null}
      </p>
      <p className="govuk-body">
        Download this table: <a href={`/dashboard/export.csv${query}`} download>CSV</a> or <a href={`/dashboard/export.xlsx${query}`} download>Excel (XLSX)</a>
        {summary.currentPeriod && (
          <>
            . Full extract of the {summary.currentPeriod.label}: <a href={`/exports/period/${summary.currentPeriod.id}.xlsx`} download>Excel (XLSX)</a>
          </>
        )}
        .
      </p>
      {status.rows.length > 0 && <StatusTable status={status} />}
    </main>
  );
}
