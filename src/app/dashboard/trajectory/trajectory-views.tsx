import { getStrand } from "@/catalogue/lookup";
import { StackedBarChart, type ChartRow, type ChartSeries } from "@/components/charts/stacked-bar-chart";
import { Table } from "@/components/table";
import { MILESTONE_RAG_KEYS, percentOf, TRAJECTORY_CATEGORIES, TRAJECTORY_CATEGORY_LABELS, type TrajectoryArea, type TrajectoryCounts } from "@/domain/trajectory";

const COLOURS: Record<(typeof TRAJECTORY_CATEGORIES)[number], string> = {
  met: "#00703c",
  plannedOnTime: "#1d70b8",
  atRisk: "#f47738",
  overdue: "#d4351c",
  notPlanned: "#b1b4b6",
  optedOut: "#4c2c92",
};

export const TRAJECTORY_SERIES: ChartSeries[] = TRAJECTORY_CATEGORIES.map((c) => ({ key: c, label: TRAJECTORY_CATEGORY_LABELS[c], colour: COLOURS[c] }));

const RAG_LABELS = { complete: "Complete (blue)", onTrack: "On track (green)", atRisk: "At risk (amber)", offTrack: "Off track (red)" } as const;

function countCells(counts: TrajectoryCounts): string[] {
  return [...TRAJECTORY_CATEGORIES.map((c) => String(counts[c])), String(counts.total)];
}

const COUNT_HEAD = [...TRAJECTORY_CATEGORIES.map((c) => ({ text: TRAJECTORY_CATEGORY_LABELS[c], numeric: true })), { text: "Total", numeric: true }];

/** One area by strand: the chart, then the same figures as a table. */
export function AreaByStrand({ id, title, area }: { id: string; title: string; area: TrajectoryArea }) {
  const rows: ChartRow[] = area.byStrand.map(({ strand, counts }) => ({ label: getStrand(strand).name, values: counts }));
  return (
    <>
      <StackedBarChart label={`Minimum expectations by strand: ${title}`} series={TRAJECTORY_SERIES} rows={rows} tableId={`${id}-table`} />
      <div className="overflow-x-auto" role="region" aria-label={`${title}: table`} tabIndex={0}>
        <Table
          caption={`Minimum expectations by strand: ${title}`}
          captionSize="s"
          head={["Strand", ...COUNT_HEAD]}
          firstCellIsHeader
          rowKeys={[...area.byStrand.map((s) => s.strand), "all"]}
          rows={[...area.byStrand.map(({ strand, counts }) => [getStrand(strand).name, ...countCells(counts)]), ["All strands", ...countCells(area.overall)]]}
        />
      </div>
      <MilestonesTable title={title} areas={[{ name: title, area }]} />
    </>
  );
}

/** Each region's totals: chart and table. */
export function Regions({ regions }: { regions: TrajectoryArea[] }) {
  return (
    <>
      <StackedBarChart label="Minimum expectations by region, all strands" series={TRAJECTORY_SERIES} rows={regions.map((r) => ({ label: r.key, values: r.overall }))} tableId="regions-table" />
      <div className="overflow-x-auto" role="region" aria-label="Regions: table" tabIndex={0}>
        <Table
          caption="Minimum expectations by region, all strands"
          captionSize="s"
          head={["Region", { text: "Local authorities", numeric: true }, ...COUNT_HEAD]}
          firstCellIsHeader
          rowKeys={regions.map((r) => r.key)}
          rows={regions.map((r) => [r.key, String(r.authorities), ...countCells(r.overall)])}
        />
      </div>
      <MilestonesTable title="each region" areas={regions.map((r) => ({ name: r.key, area: r }))} />
    </>
  );
}

function MilestonesTable({ title, areas }: { title: string; areas: { name: string; area: TrajectoryArea }[] }) {
  return (
    <Table
      caption={`Milestones in the latest returns: ${title}`}
      captionSize="s"
      head={["Area", { text: "Latest returns", numeric: true }, ...MILESTONE_RAG_KEYS.map((k) => ({ text: RAG_LABELS[k], numeric: true })), { text: "Milestones", numeric: true }]}
      firstCellIsHeader
      rowKeys={areas.map((a) => a.name)}
      rows={areas.map(({ name, area }) => [
        name,
        String(area.withReturn),
        ...MILESTONE_RAG_KEYS.map((k) => `${percentOf(area.milestones[k], area.milestones.total)}% (${area.milestones[k]})`),
        String(area.milestones.total),
      ])}
    />
  );
}
