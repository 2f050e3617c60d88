import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

/**
 * PGlite keeps the whole database in one folder and nothing stops two processes
 * from opening it at once — when that happens writes are silently lost. So every
 * on-disk open goes through here and takes `<dataDir>/portal.lock` (holding the
 * owner's pid), created atomically with O_EXCL.
 */

export const LOCK_FILE_NAME = "portal.lock";

export interface DiskPGlite {
  pglite: PGlite;
  dataDir: string;
  /** Closes the database and releases the lock file. Safe to call twice. */
  close(): Promise<void>;
}

/** Folders this process holds the lock for. On globalThis so a module reloaded by a dev server still sees it. */
const HELD_KEY = Symbol.for("portal.pglite.heldLocks");
type GlobalWithLocks = typeof globalThis & { [HELD_KEY]?: Set<string> };
function heldLocks(): Set<string> {
  const g = globalThis as GlobalWithLocks;
  g[HELD_KEY] ??= new Set<string>();
  return g[HELD_KEY];
}

export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database at ${dataDir} is already open in process ${pid}. ` +
        "Stop that process first (or set PGLITE_DATA_DIR to another folder).",
    );
    this.name = "DatabaseLockedError";
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return isErrno(error, "EPERM");
  }
}

function readLockPid(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    throw error;
  }
}

function tryCreateLock(lockPath: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, "wx");
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    throw error;
  }
  try {
    fs.writeSync(fd, `${process.pid}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** Whether the pid in an existing lock file still owns it. */
function lockIsLive(dataDir: string, pid: number | null): boolean {
  if (pid === null) return false; // empty/garbled file: a crash between create and write
  // Our own pid: live only if this process really opened it (containers reuse pids across runs).
  if (pid === process.pid) return heldLocks().has(dataDir);
  return isProcessAlive(pid);
}

/**
 * Takes the lock or throws DatabaseLockedError. A lock left by a dead process is
 * taken over; a second `.takeover` lock keeps two processes from both doing it.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, LOCK_FILE_NAME);

  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreateLock(lockPath)) return registerLock(dir, lockPath);

    const pid = readLockPid(lockPath);
    if (lockIsLive(dir, pid)) throw new DatabaseLockedError(dir, pid ?? 0);

    // Stale lock: take it over under a short-lived second lock.
    const takeoverPath = `${lockPath}.takeover`;
    if (!tryCreateLock(takeoverPath)) {
      const takeoverPid = readLockPid(takeoverPath);
      if (takeoverPid !== null && takeoverPid !== process.pid && isProcessAlive(takeoverPid)) {
        throw new DatabaseLockedError(dir, takeoverPid);
      }
      fs.rmSync(takeoverPath, { force: true });
      continue;
    }
    try {
      if (readLockPid(lockPath) === pid) fs.rmSync(lockPath, { force: true });
      if (tryCreateLock(lockPath)) return registerLock(dir, lockPath);
    } finally {
      fs.rmSync(takeoverPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}; remove it by hand if no process is using ${dir}.`);
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function registerLock(dir: string, lockPath: string): () => void {
  heldLocks().add(dir);
  let released = false;

  const release = (): void => {
    if (released) return;
    released = true;
    heldLocks().delete(dir);
    process.removeListener("exit", release);
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    try {
      if (readLockPid(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
    } catch {
      // Best effort: a leftover lock with a dead pid is taken over next time.
    }
  };

  // Signals do not fire "exit". Release, then if nobody else handles the signal,
  // re-raise it so the default behaviour (terminate) still happens.
  function onSignal(signal: NodeJS.Signals): void {
    release();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  }

  process.once("exit", release);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  return release;
}

/** Opens (creating if needed) the PGlite database in `dataDir`, holding its lock file until close(). */
export async function openDiskPGlite(dataDir: string): Promise<DiskPGlite> {
  const dir = path.resolve(dataDir);
  const release = acquireDataDirLock(dir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dir);
  } catch (error) {
    release();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    pglite,
    dataDir: dir,
    close() {
      closing ??= (async () => {
        try {
          if (!pglite.closed) await pglite.close();
        } finally {
          release();
        }
      })();
      return closing;
    },
  };
}

/** A throwaway in-memory database, for tests and for the migration tooling's shadow database. */
export async function openMemoryPGlite(): Promise<PGlite> {
  return PGlite.create();
}
