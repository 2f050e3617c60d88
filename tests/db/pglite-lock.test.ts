import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getDatabaseConfig } from "@/server/db/database-config";
import { DatabaseLockedError, LOCK_FILE_NAME, openDiskPGlite } from "@/server/db/pglite";

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pglite-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("getDatabaseConfig", () => {
  it("uses PostgreSQL for postgres:// and postgresql:// URLs", () => {
    expect(getDatabaseConfig({ DATABASE_URL: "postgres://u@h/db" }, "/app")).toEqual({ kind: "postgres", url: "postgres://u@h/db" });
    expect(getDatabaseConfig({ DATABASE_URL: "postgresql://u@h/db" }, "/app").kind).toBe("postgres");
  });

  it("uses PGlite in .data/pglite, or PGLITE_DATA_DIR, when DATABASE_URL is unset", () => {
    expect(getDatabaseConfig({}, "/app")).toEqual({ kind: "pglite", dataDir: "/app/.data/pglite" });
    expect(getDatabaseConfig({ PGLITE_DATA_DIR: ".data/e2e" }, "/app")).toEqual({ kind: "pglite", dataDir: "/app/.data/e2e" });
  });

  it("rejects other URLs with a clear message", () => {
    expect(() => getDatabaseConfig({ DATABASE_URL: "mysql://u@h/db" }, "/app")).toThrow(/postgres:\/\/ or postgresql:\/\//);
  });
});

describe("openDiskPGlite lock file", () => {
  it("holds a lock with its pid while open and removes it on close", async () => {
    const dir = tempDir();
    const db = await openDiskPGlite(dir);
    try {
      expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), "utf8").trim()).toBe(String(process.pid));
      await db.pglite.exec("CREATE TABLE t (x int); INSERT INTO t VALUES (42);");
    } finally {
      await db.close();
    }
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);

    const again = await openDiskPGlite(dir);
    try {
      const { rows } = await again.pglite.query<{ x: number }>("SELECT x FROM t");
      expect(rows).toEqual([{ x: 42 }]);
    } finally {
      await again.close();
    }
  });

  it("refuses a folder this process already has open", async () => {
    const dir = tempDir();
    const db = await openDiskPGlite(dir);
    try {
      await expect(openDiskPGlite(dir)).rejects.toThrow(DatabaseLockedError);
    } finally {
      await db.close();
    }
  });

  it("refuses a folder another live process holds, naming it", async () => {
    const dir = tempDir();
    const other = process.ppid; // alive for as long as this test runs
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), `${other}\n`);
    await expect(openDiskPGlite(dir)).rejects.toThrow(
      `The embedded database at ${dir} is already open in process ${other}. Stop that process first (or set PGLITE_DATA_DIR to another folder).`,
    );
    expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), "utf8").trim()).toBe(String(other));
  });

  it("takes over a lock left by a process that has died", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), `${deadPid()}\n`);
    const db = await openDiskPGlite(dir);
    try {
      expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), "utf8").trim()).toBe(String(process.pid));
    } finally {
      await db.close();
    }
  });
});
