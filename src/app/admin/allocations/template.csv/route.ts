import { ALLOCATION_CSV_COLUMNS } from "@/domain/allocations/import";
import { can } from "@/domain/permissions";
import { getActor } from "@/server/access";

/** The CSV template for importing allocations: the header row and one example row. */
export async function GET() {
  const actor = await getActor();
  if (!actor || !can(actor, "allocations.manage")) return new Response("Not found", { status: 404 });
  const body = `${ALLOCATION_CSV_COLUMNS.join(",")}\r\nE06000009,2022-23,family-hubs-transformation.programme,"1,234,567.89"\r\n`;
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="allocations-template.csv"' } });
}
