import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pgliteAdapterFactory } from "@/server/db/adapter";
import {
  applyPendingMigrations,
  checkMigrations,
  listMigrationNames,
  MigrationDriftError,
  readMigrationScripts,
  writeMigration,
} from "@/server/db/migrate";
import { openMemoryPGlite } from "@/server/db/pglite";
import { resetDatabase } from "@/server/db/reset";
import { createTestDatabase } from "../support/test-database";

const PRISMA_DIR = path.resolve(import.meta.dirname, "../../prisma");
const real = { prismaDir: PRISMA_DIR };

/** A copy of prisma/ in a temp folder, so tests never touch the real migrations. */
async function copyPrismaDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "portal-prisma-"));
  await fs.cp(path.join(PRISMA_DIR, "schema.prisma"), path.join(dir, "schema.prisma"));
  await fs.cp(path.join(PRISMA_DIR, "migrations"), path.join(dir, "migrations"), { recursive: true });
  tempDirs.push(dir);
  return dir;
}
const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

const openDbs: PGlite[] = [];
async function memoryDb(): Promise<PGlite> {
  const db = await openMemoryPGlite();
  openDbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(openDbs.splice(0).map((db) => db.close()));
});

const PROBE_MODEL = `
model MigrationProbe {
  id    Int    @id @default(autoincrement())
  label String @unique
}
`;

describe("committed migrations", () => {
  let names: string[];
  beforeAll(async () => {
    names = await listMigrationNames(real);
  });

  it("exist, with a PostgreSQL lock file", async () => {
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    const lock = await fs.readFile(path.join(PRISMA_DIR, "migrations", "migration_lock.toml"), "utf8");
    expect(lock).toMatch(/^provider = "postgresql"$/m);
  });

  it("apply through the schema engine, recorded in _prisma_migrations like prisma migrate deploy", async () => {
    const db = await memoryDb();
    const factory = pgliteAdapterFactory(db);

    const first = await applyPendingMigrations(factory, real);
    expect(first.applied).toEqual(names);

    const { rows } = await db.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
    }>("SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name");
    const scripts = await readMigrationScripts(real);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const [i, row] of rows.entries()) {
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      // Prisma's checksum is the SHA-256 of migration.sql; `migrate deploy` compares it.
      expect(row.checksum).toBe(createHash("sha256").update(scripts[i]?.sql ?? "").digest("hex"));
    }

    const second = await applyPendingMigrations(factory, real);
    expect(second.applied).toEqual([]);
    const count = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM _prisma_migrations");
    expect(count.rows[0]?.n).toBe(names.length);
  });

  it("match schema.prisma (db:check passes)", async () => {
    await expect(checkMigrations(real)).resolves.toEqual({ migrations: names.length });
  });

  it("writeMigration finds nothing to write for the committed state", async () => {
    const dir = await copyPrismaDir();
    const result = await writeMigration("nothing", { prismaDir: dir });
    expect(result.status).toBe("empty");
    expect(await listMigrationNames({ prismaDir: dir })).toEqual(names);
  });
});

describe("a schema change without a migration", () => {
  it("fails the check, and writeMigration writes the missing SQL, after which the check passes", async () => {
    const before = await listMigrationNames(real);
    const dir = await copyPrismaDir();
    await fs.appendFile(path.join(dir, "schema.prisma"), PROBE_MODEL);

    const drift = await checkMigrations({ prismaDir: dir }).catch((e: unknown) => e);
    expect(drift).toBeInstanceOf(MigrationDriftError);
    expect(String(drift)).toContain('CREATE TABLE "MigrationProbe"');

    const result = await writeMigration("Add migration probe", { prismaDir: dir });
    if (result.status !== "created") throw new Error(`expected a migration, got: ${result.message}`);
    expect(result.name).toMatch(/^\d{14}_add_migration_probe$/);
    expect(result.sql).toContain('CREATE TABLE "MigrationProbe"');
    expect(result.sql).toContain('CREATE UNIQUE INDEX "MigrationProbe_label_key"');
    const written = await fs.readFile(path.join(result.directory, "migration.sql"), "utf8");
    expect(written).toContain('CREATE TABLE "MigrationProbe"');
    const names = await listMigrationNames({ prismaDir: dir });
    expect(names.at(-1)).toBe(result.name);
    expect(names.slice(0, -1)).toEqual(before);

    await expect(checkMigrations({ prismaDir: dir })).resolves.toEqual({ migrations: before.length + 1 });
    // The real prisma folder is untouched.
    expect(await listMigrationNames(real)).toEqual(before);
  });

  it("writeMigration creates migration_lock.toml when there are no migrations yet", async () => {
    const dir = await copyPrismaDir();
    await fs.rm(path.join(dir, "migrations"), { recursive: true });
    const result = await writeMigration("init", { prismaDir: dir });
    expect(result.status).toBe("created");
    const lock = await fs.readFile(path.join(dir, "migrations", "migration_lock.toml"), "utf8");
    expect(lock).toMatch(/^provider = "postgresql"$/m);
  });
});

describe("a failing migration", () => {
  it("is reported and left marked as failed, not recorded as applied", async () => {
    const dir = await copyPrismaDir();
    const broken = path.join(dir, "migrations", "99990101000000_broken");
    await fs.mkdir(broken);
    await fs.writeFile(path.join(broken, "migration.sql"), 'CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";\n');
    const db = await memoryDb();

    await expect(applyPendingMigrations(pgliteAdapterFactory(db), { prismaDir: dir })).rejects.toThrow(/NoSuchTable/i);

    const { rows } = await db.query<{ finished_at: Date | null; logs: string | null }>(
      "SELECT finished_at, logs FROM _prisma_migrations WHERE migration_name = '99990101000000_broken'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.finished_at).toBeNull();
    expect(rows[0]?.logs).toMatch(/NoSuchTable/i);
    // The whole script ran in one transaction, so nothing of it is left behind.
    const half = await db.query("SELECT 1 FROM pg_tables WHERE tablename = 'Half'");
    expect(half.rows).toHaveLength(0);
  });
});

describe("resetDatabase", () => {
  it("drops everything in public and applies the migrations again", async () => {
    const db = await memoryDb();
    const factory = pgliteAdapterFactory(db);
    await applyPendingMigrations(factory, real);
    await db.exec('CREATE TABLE "Leftover" (id int)');

    const { applied } = await resetDatabase(factory, real);

    expect(applied).toEqual(await listMigrationNames(real));
    const leftover = await db.query("SELECT 1 FROM pg_tables WHERE tablename = 'Leftover'");
    expect(leftover.rows).toHaveLength(0);
  });
});

describe("createTestDatabase", () => {
  it("gives an adapter over a database with every migrated table, empty", async () => {
    const test = await createTestDatabase();
    try {
      expect(test.kind).toBe(process.env.TEST_DATABASE_URL ? "postgres" : "pglite");
      const adapter = await test.adapterFactory.connect();
      try {
        const tables = await adapter.queryRaw({
          sql: "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
          args: [],
          argTypes: [],
        });
        const names = tables.rows.map((r) => r[0]);
        const expected = [...(await readMigrationScripts(real)).map((s) => s.sql).join("\n").matchAll(/CREATE TABLE "(\w+)"/g)].map(
          (m) => m[1],
        );
        expect(expected.length).toBeGreaterThan(0);
        for (const table of expected) expect(names).toContain(table);

        // And it reads and writes.
        await adapter.executeScript("CREATE TABLE probe (x int); INSERT INTO probe VALUES (1), (2);");
        const inserted = await adapter.executeRaw({ sql: "INSERT INTO probe VALUES ($1)", args: [3], argTypes: [{ scalarType: "int", arity: "scalar" }] });
        expect(inserted).toBe(1);
        const sum = await adapter.queryRaw({ sql: "SELECT sum(x)::int FROM probe", args: [], argTypes: [] });
        expect(sum.rows[0]?.[0]).toBe(6);
      } finally {
        await adapter.dispose();
      }
    } finally {
      await test.dispose();
    }
  });

  it("gives each caller its own database", async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      const adapterA = await a.adapterFactory.connect();
      const adapterB = await b.adapterFactory.connect();
      await adapterA.executeRaw({ sql: 'CREATE TABLE "OnlyInA" (id int)', args: [], argTypes: [] });
      const inB = await adapterB.queryRaw({
        sql: "SELECT 1 FROM pg_tables WHERE tablename = 'OnlyInA'",
        args: [],
        argTypes: [],
      });
      expect(inB.rows).toHaveLength(0);
      await adapterA.dispose();
      await adapterB.dispose();
    } finally {
      await Promise.all([a.dispose(), b.dispose()]);
    }
  });
});
