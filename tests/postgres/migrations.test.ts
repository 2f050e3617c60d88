import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PostgresAdapterFactory } from "@/server/db/adapter";
import { applyPendingMigrations, listMigrationNames } from "@/server/db/migrate";

// Runs only in the PostgreSQL pass (scripts/test-postgres.sh sets TEST_DATABASE_URL).
const real = { prismaDir: path.resolve(import.meta.dirname, "../../prisma") };

describe("migrations on PostgreSQL", () => {
  it("applies through the schema engine and records them like prisma migrate deploy", async () => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? "";
    const name = `test_engine_${Date.now()}`;
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
      try {
        const factory = new PostgresAdapterFactory(url.toString());
        const names = await listMigrationNames(real);
        expect((await applyPendingMigrations(factory, real)).applied).toEqual(names);
        expect((await applyPendingMigrations(factory, real)).applied).toEqual([]);
        const client = new pg.Client({ connectionString: url.toString() });
        await client.connect();
        const { rows } = await client.query<{ migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1",
        );
        await client.end();
        expect(rows.map((r) => r.migration_name)).toEqual(names);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    } finally {
      await admin.end();
    }
  });

});
