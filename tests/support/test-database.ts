import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import {
  pgliteAdapterFactory,
  PostgresAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@/server/db/adapter";
import { readMigrationScripts } from "@/server/db/migrate";
import { openMemoryPGlite } from "@/server/db/pglite";

export interface TestDatabase {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  kind: "pglite" | "postgres";
  /** Disconnect any PrismaClient first. Drops the PostgreSQL database / closes PGlite. */
  dispose(): Promise<void>;
}

const PRISMA_DIR = path.resolve(import.meta.dirname, "../../prisma");

/**
 * A fresh, empty database with the committed migrations applied.
 * TEST_DATABASE_URL set (any database on a PostgreSQL server) → a new database
 * test_<random> on that server, dropped on dispose. Otherwise an in-memory PGlite.
 * The migration SQL is executed directly (no schema engine, no _prisma_migrations)
 * for speed; tests/db covers the engine path.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const scripts = await readMigrationScripts({ prismaDir: PRISMA_DIR });
  if (scripts.length === 0) {
    throw new Error(`No migrations in ${PRISMA_DIR}/migrations. Create one with: npm run db:migration -- init`);
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? createPostgresTestDatabase(serverUrl, scripts) : createPGliteTestDatabase(scripts);
}

async function createPGliteTestDatabase(scripts: { name: string; sql: string }[]): Promise<TestDatabase> {
  const pglite = await openMemoryPGlite();
  for (const { name, sql } of scripts) {
    try {
      await pglite.exec(sql);
    } catch (error) {
      await pglite.close();
      throw new Error(`Migration ${name} failed on PGlite: ${String(error)}`, { cause: error });
    }
  }
  return {
    adapterFactory: pgliteAdapterFactory(pglite),
    kind: "pglite",
    dispose: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createPostgresTestDatabase(
  serverUrl: string,
  scripts: { name: string; sql: string }[],
): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  await withClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const drop = () => withClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  try {
    await withClient(databaseUrl, async (client) => {
      for (const script of scripts) {
        try {
          await client.query(script.sql); // simple protocol: the whole file in one implicit transaction
        } catch (error) {
          throw new Error(`Migration ${script.name} failed on PostgreSQL: ${String(error)}`, { cause: error });
        }
      }
    });
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    adapterFactory: new PostgresAdapterFactory(databaseUrl),
    kind: "postgres",
    dispose: async () => {
      await drop();
    },
  };
}
