import { exportTrajectory } from "@/server/dashboard/dashboard-exports";

export const dynamic = "force-dynamic";

/** The trajectory on ?asOf=YYYY-MM-DD (default: the programme date), as CSV. Columns: src/server/exports/README.md. */
export function GET(request: Request) {
  return exportTrajectory(request, "csv");
}
