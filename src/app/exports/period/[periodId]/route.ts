import { exportPeriod } from "@/server/dashboard/dashboard-exports";

export const dynamic = "force-dynamic";

/** /exports/period/2023-24-Q3.xlsx: every LA's return for the period, one sheet per section. */
export async function GET(_request: Request, { params }: { params: Promise<{ periodId: string }> }) {
  return exportPeriod((await params).periodId);
}
