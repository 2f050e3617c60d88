import { getDatabase } from "@/server/db/database";

export const dynamic = "force-dynamic";

/** Answers only after a real query, so a load balancer sees the database too. */
export async function GET() {
  try {
    const { db, kind } = await getDatabase();
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: kind }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "unknown error";
    return Response.json(
      { status: "unavailable", reason: `The database cannot be reached: ${reason}` },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
    );
  }
}
