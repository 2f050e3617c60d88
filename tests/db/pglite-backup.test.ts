import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pgliteAdapterFactory } from "@/server/db/adapter";
import { createPrismaClient } from "@/server/db/client";
import { applyPendingMigrations } from "@/server/db/migrate";
import { LOCK_FILE_NAME, openDiskPGlite } from "@/server/db/pglite";
import { seedDatabase } from "@/server/db/seed";
import { databaseFingerprint } from "../support/table-fingerprint";

// The README's backup procedure for the embedded database: stop the portal, copy the folder.
describe("backing up the embedded database", () => {
  it("reopens a copied data folder with the same data", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "portal-pglite-"));
    const original = path.join(root, "pglite");
    const copy = path.join(root, "copy");
    try {
      const opened = await openDiskPGlite(original);
      const db = createPrismaClient(pgliteAdapterFactory(opened.pglite));
      await applyPendingMigrations(pgliteAdapterFactory(opened.pglite), { prismaDir: path.resolve(import.meta.dirname, "../../prisma") });
      await seedDatabase(db, { demo: true });
      const before = await databaseFingerprint(db);
      await db.$disconnect();
      await opened.close();

      await cp(original, copy, { recursive: true, filter: (source) => path.basename(source) !== LOCK_FILE_NAME });
      const reopened = await openDiskPGlite(copy);
      const restored = createPrismaClient(pgliteAdapterFactory(reopened.pglite));
      try {
        expect(await databaseFingerprint(restored)).toEqual(before);
        expect(await restored.localAuthority.count()).toBe(75);
      } finally {
        await restored.$disconnect();
        await reopened.close();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);
});
