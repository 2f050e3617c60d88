import type { StrandId } from "@/catalogue/types";
import { getStrand } from "@/catalogue/lookup";
import { TRAJECTORY_CATEGORIES, type Trajectory, type TrajectoryArea, type TrajectoryCounts } from "@/domain/trajectory";
import type { ProgrammeStatus, StatusCell } from "./programme-status";

// The dashboard's tables as plain rows with stable snake_case column names, shared by the CSV and XLSX exports
// (the pages show the same data with labels). Column names are documented in src/server/exports/README.md;
// never rename one, add new ones instead.

type Value = string | number | boolean | null;

export interface DataTable {
  columns: string[];
  rows: Value[][];
}

/** "2023-24-Q1" → "2023_24_q1"; "2022-23-interim" → "2022_23_interim". */
export function columnKey(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, "_");
}

const cellValues = (cell: StatusCell): Value[] => [cell.state, cell.late];

export function dashboardTable(status: ProgrammeStatus): DataTable {
  const columns = [
    "gss_code",
    "local_authority",
    "region",
    "trailblazer",
    "super_evaluator",
    "eif_support",
    "plan_status",
    ...status.returnPeriods.flatMap((p) => [`return_${columnKey(p.id)}_status`, `return_${columnKey(p.id)}_late`]),
    ...status.grantPeriods.flatMap((p) => [`grant_${columnKey(p.id)}_status`, `grant_${columnKey(p.id)}_late`]),
  ];
  const rows = status.rows.map(({ authority: a, plan, returns, grants }): Value[] => [
    a.gssCode,
    a.name,
    a.region,
    a.isTrailblazer,
    a.isSuperEvaluator,
    a.hasEifSupport,
    plan.state,
    ...returns.flatMap(cellValues),
    ...grants.flatMap(cellValues),
  ]);
  return { columns, rows };
}

const CATEGORY_COLUMNS: Record<(typeof TRAJECTORY_CATEGORIES)[number], string> = {
  met: "met",
  plannedOnTime: "planned_on_time",
  atRisk: "at_risk",
  overdue: "overdue",
  notPlanned: "not_planned",
  optedOut: "opted_out",
};

export const TRAJECTORY_COLUMNS = [
  "as_of",
  "area_type",
  "area_code",
  "area_name",
  "region",
  "strand",
  "strand_name",
  ...TRAJECTORY_CATEGORIES.map((c) => CATEGORY_COLUMNS[c]),
  "total",
  "milestones_complete",
  "milestones_on_track",
  "milestones_at_risk",
  "milestones_off_track",
  "milestones_total",
];

function countValues(counts: TrajectoryCounts): number[] {
  return [...TRAJECTORY_CATEGORIES.map((c) => counts[c]), counts.total];
}

/**
 * One row per area (england, each region, each LA) and strand, plus an "all" row per area with the totals and
 * the milestones' RAG (milestones are not by strand, so strand rows leave those columns empty).
 */
export function trajectoryTable(
  trajectory: Trajectory,
  names: ReadonlyMap<string, { name: string; region: string }>,
  { includeNation }: { includeNation: boolean },
): DataTable {
  const rows: Value[][] = [];
  const add = (type: string, area: TrajectoryArea, name: string, region: string | null) => {
    const m = area.milestones;
    rows.push([trajectory.asOf, type, area.key, name, region, "all", "All strands", ...countValues(area.overall), m.complete, m.onTrack, m.atRisk, m.offTrack, m.total]);
    for (const { strand, counts } of area.byStrand) {
      rows.push([trajectory.asOf, type, area.key, name, region, strand, getStrand(strand as StrandId).name, ...countValues(counts), null, null, null, null, null]);
    }
  };
  // A regional adviser's "nation" is only their region, which the region row already gives.
  if (includeNation) add("england", trajectory.nation, "England", null);
  for (const region of trajectory.regions) add("region", region, region.key, region.key);
  for (const la of trajectory.authorities) {
    const known = names.get(la.key);
    add("local_authority", la, known?.name ?? la.key, known?.region ?? null);
  }
  return { columns: [...TRAJECTORY_COLUMNS], rows };
}
