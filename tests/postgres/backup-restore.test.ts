import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PostgresAdapterFactory } from "@/server/db/adapter";
import { createPrismaClient } from "@/server/db/client";
import { applyPendingMigrations } from "@/server/db/migrate";
import { seedDatabase } from "@/server/db/seed";
import { databaseFingerprint } from "../support/table-fingerprint";

// The README's backup procedure: pg_dump in custom format, pg_restore into a fresh database.
const bin = readdirSync("/usr/lib/postgresql").sort().map((v) => `/usr/lib/postgresql/${v}/bin`).pop() ?? "";
const prismaDir = path.resolve(import.meta.dirname, "../../prisma");

async function withDatabase<T>(serverUrl: string, name: string, fn: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

describe("backup and restore on PostgreSQL", () => {
  it("restores a dump into a fresh database with the same data", async () => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? "";
    const stamp = Date.now();
    const dir = await mkdtemp(path.join(os.tmpdir(), "portal-backup-"));
    try {
      await withDatabase(serverUrl, `backup_src_${stamp}`, async (sourceUrl) => {
        const factory = new PostgresAdapterFactory(sourceUrl);
        await applyPendingMigrations(factory, { prismaDir });
        const source = createPrismaClient(factory);
        await seedDatabase(source, { demo: true });
        const before = await databaseFingerprint(source);
        await source.$disconnect();

        const dump = path.join(dir, "portal.dump");
        execFileSync(`${bin}/pg_dump`, ["--format=custom", "--no-owner", `--file=${dump}`, sourceUrl]);

        await withDatabase(serverUrl, `backup_dst_${stamp}`, async (targetUrl) => {
          execFileSync(`${bin}/pg_restore`, ["--no-owner", "--exit-on-error", `--dbname=${targetUrl}`, dump]);
          const restored = createPrismaClient(new PostgresAdapterFactory(targetUrl));
          try {
            expect(await databaseFingerprint(restored)).toEqual(before);
            expect(await restored.submission.count()).toBeGreaterThan(0);
          } finally {
            await restored.$disconnect();
          }
        });
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
