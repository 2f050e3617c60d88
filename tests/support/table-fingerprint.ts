import type { Db } from "@/server/db/client";

/** Row count and an md5 of every row's text, per table: equal fingerprints mean equal data. */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1",
  );
  const result: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number; digest: string | null }[]>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table_name}" t`,
    );
    result[table_name] = `${row?.n ?? 0}:${row?.digest ?? "empty"}`;
  }
  return result;
}
