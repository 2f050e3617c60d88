import { periodById } from "@/catalogue/calendar";
import { getActor, isGssCode, localAuthorityScope } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { miTemplateFor } from "@/server/returns/import-mi";

// The MI spreadsheet for one return, prefilled with the return's current figures and last quarter's.
// A route handler, so access is checked here: layouts do not guard it.

type Context = { params: Promise<{ gssCode: string; periodId: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { gssCode, periodId } = await params;
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  if (!isGssCode(gssCode)) return new Response("Page not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { db } = await getDatabase();
  const la = await db.localAuthority.findFirst({ where: { AND: [{ gssCode }, localAuthorityScope(actor)] }, select: { gssCode: true, name: true, region: true } });
  const period = periodById(periodId);
  if (!la || !period) return new Response("Page not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const file = await miTemplateFor({ db, actor, la, period });
  if (!file) return new Response("Page not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="management-information-${la.gssCode}-${period.id}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
