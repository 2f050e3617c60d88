import { exportDashboard } from "@/server/dashboard/dashboard-exports";

export const dynamic = "force-dynamic";

/** The dashboard table with the page's filters (q, region, cohort), as XLSX. Columns: src/server/exports/README.md. */
export function GET(request: Request) {
  return exportDashboard(request, "xlsx");
}
