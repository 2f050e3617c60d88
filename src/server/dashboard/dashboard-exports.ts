import "server-only";
import { dashboardTable, trajectoryTable } from "@/domain/dashboard/tables";
import { parseTrajectoryFilters } from "@/domain/dashboard/trajectory-filters";
import { can } from "@/domain/permissions";
import { ZLocalAuthorityFilters } from "@/schemas/local-authority-filters";
import { getActor } from "@/server/access";
import { programmeNow } from "@/server/clock";
import { getDatabase } from "@/server/db/database";
import { isAppError } from "@/server/errors";
import type { ExportTable } from "@/server/exports/cells";
import { periodExtract } from "@/server/exports/period-extract";
import { csvResponse, exportNotFound, xlsxResponse } from "@/server/exports/respond";
import { loadProgrammeStatus } from "./load-programme-status";
import { loadTrajectory } from "./load-trajectory";

// The route handlers' one job each: the same loaders and tables as the pages, answered as a streamed download.
// Access is checked here, in every handler, and the loaders scope every query to the actor's LAs.

export type ExportFormat = "csv" | "xlsx";

function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

async function dashboardActor() {
  const actor = await getActor();
  return actor && can(actor, "dashboard.view") ? actor : null;
}

function respond(format: ExportFormat, filename: string, table: ExportTable): Response {
  return format === "csv" ? csvResponse(filename, table) : xlsxResponse(filename, [table]);
}

export async function exportDashboard(request: Request, format: ExportFormat): Promise<Response> {
  const actor = await dashboardActor();
  if (!actor) return exportNotFound();
  const { db } = await getDatabase();
  const status = await loadProgrammeStatus({ db, actor, filters: ZLocalAuthorityFilters.parse(queryOf(request)) });
  const { columns, rows } = dashboardTable(status);
  return respond(format, `programme-dashboard-${status.today}`, { name: "dashboard", columns, rows });
}

export async function exportTrajectory(request: Request, format: ExportFormat): Promise<Response> {
  const actor = await dashboardActor();
  if (!actor) return exportNotFound();
  const { db } = await getDatabase();
  const filters = parseTrajectoryFilters(queryOf(request));
  const loaded = await loadTrajectory({ db, actor, asOf: filters.asOf });
  const names = new Map(loaded.authorities.map((a) => [a.gssCode, a]));
  const { columns, rows } = trajectoryTable(loaded.trajectory, names, { includeNation: actor.role !== "REGIONAL_ADVISER" });
  return respond(format, `trajectory-${loaded.asOf}`, { name: "trajectory", columns, rows });
}

/** `segment` is the URL's last part, e.g. "2023-24-Q3.xlsx". */
export async function exportPeriod(segment: string): Promise<Response> {
  const actor = await dashboardActor();
  const periodId = /^(.+)\.xlsx$/.exec(segment)?.[1];
  if (!actor || !periodId) return exportNotFound();
  const { db } = await getDatabase();
  try {
    const tables = await periodExtract({ db, actor, periodId, now: programmeNow() });
    return xlsxResponse(`delivery-returns-${periodId}`, tables);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return exportNotFound();
    throw error;
  }
}
