import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { PageHeading } from "@/components/page-heading";
import { Select } from "@/components/select";
import { parseTrajectoryFilters } from "@/domain/dashboard/trajectory-filters";
import { formatDate } from "@/domain/dates";
import { requireActor, requirePermission } from "@/server/access";
import { loadTrajectory } from "@/server/dashboard/load-trajectory";
import { getDatabase } from "@/server/db/database";
import { AreaByStrand, Regions } from "./trajectory-views";

export const metadata: Metadata = { title: "Trajectory to March 2025" };

export default async function TrajectoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  requirePermission(actor, "dashboard.view");
  const filters = parseTrajectoryFilters(await searchParams);
  const { db } = await getDatabase();
  const { asOf, trajectory, authorities } = await loadTrajectory({ db, actor, asOf: filters.asOf });
  const regional = actor.role === "REGIONAL_ADVISER";
  const chosen = filters.la ? authorities.find((a) => a.gssCode === filters.la) : undefined;
  const chosenArea = chosen ? trajectory.authorities.find((a) => a.key === chosen.gssCode) : undefined;
  const exportQuery = `?asOf=${asOf}`;
  const dateRejected = !filters.asOf && Object.values(filters.asOfParts).some((p) => p !== "");

  return (
    <>
      <Breadcrumbs items={[{ text: "Programme dashboard", href: "/dashboard" }, { text: "Trajectory" }]} />
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={regional ? (actor.region ?? undefined) : "England"}>Trajectory to March 2025</PageHeading>
        <p className="govuk-body">
          Where each minimum expectation stands on {formatDate(asOf)}: met (the plan said already met, or the latest return says met), overdue (not met and its target date has
          passed), at risk (the plan says at risk, or plans it after the guide&apos;s deadline), planned on time, or not planned (no approved plan yet).
        </p>
        <form method="get" action="/dashboard/trajectory" className="mb-6 flex flex-wrap items-end gap-x-6" aria-label="Choose the date and local authority">
          <DateInput
            id="asOf"
            name="asOf"
            legend="As of"
            hint="For example, 31 3 2025"
            defaultValue={filters.asOfParts}
            error={dateRejected ? "Enter a real date; the programme date is shown instead" : undefined}
            formGroupClassName="mb-4"
          />
          <Select
            id="la"
            name="la"
            label="Local authority"
            defaultValue={chosen?.gssCode ?? ""}
            formGroupClassName="mb-4"
            options={[{ value: "", text: "Choose a local authority" }, ...authorities.map((a) => ({ value: a.gssCode, text: a.name }))]}
          />
          <div className="mb-4">
            <Button variant="secondary">Show</Button>
          </div>
        </form>
        <p className="govuk-body">
          Download these figures (every area and strand): <a href={`/dashboard/trajectory/export.csv${exportQuery}`} download>CSV</a> or{" "}
          <a href={`/dashboard/trajectory/export.xlsx${exportQuery}`} download>Excel (XLSX)</a>.
        </p>

        {!regional && (
          <section aria-labelledby="nation-heading">
            <h2 id="nation-heading" className="govuk-heading-l">England</h2>
            <p className="govuk-body">
              {trajectory.nation.authorities} local authorities; {trajectory.nation.withPlan} with an approved plan, {trajectory.nation.withReturn} with a return sent.
            </p>
            <AreaByStrand id="nation" title="England" area={trajectory.nation} />
          </section>
        )}

        <section aria-labelledby="regions-heading">
          <h2 id="regions-heading" className="govuk-heading-l">{regional ? "Your region" : "Regions"}</h2>
          <Regions regions={trajectory.regions} />
          {regional && trajectory.regions[0] && <AreaByStrand id="region" title={trajectory.regions[0].key} area={trajectory.regions[0]} />}
        </section>

        <section aria-labelledby="la-heading">
          <h2 id="la-heading" className="govuk-heading-l">{chosen ? chosen.name : "A local authority"}</h2>
          {chosen && chosenArea ? (
            <>
              <p className="govuk-body">
                <Link href={`/local-authorities/${chosen.gssCode}`}>{chosen.name}&apos;s record</Link> ({chosen.region})
              </p>
              <AreaByStrand id="la" title={chosen.name} area={chosenArea} />
            </>
          ) : (
            <p className="govuk-body">Choose a local authority above to see its trajectory by strand.</p>
          )}
        </section>
      </main>
    </>
  );
}
