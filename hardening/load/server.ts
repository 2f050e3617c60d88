import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { sleep } from "./limit";

// The production build (`next start`) in its own dist folder, on a spare loopback port, in its own
// process group so that stopping it stops every process it started.

export const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-load";

export function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The newest modification time of the files a build is made from. */
function newestSourceTime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated") walk(full);
      } else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["src", "public", "prisma"]) if (existsSync(dir)) walk(dir);
  for (const file of ["next.config.js", "package-lock.json"]) if (existsSync(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

/**
 * Builds into .next-load unless a build newer than every source file is there already, so the load
 * never measures stale code (LOAD_REBUILD=true forces a build, LOAD_REBUILD=false reuses any build).
 */
export function ensureBuild(): void {
  const buildId = path.join(DIST_DIR, "BUILD_ID");
  const fresh = existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceTime();
  if (process.env.LOAD_REBUILD === "false" ? existsSync(buildId) : fresh && process.env.LOAD_REBUILD !== "true") return;
  console.log(`Building the production app into ${DIST_DIR} (next build)…`);
  const started = performance.now();
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], {
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, DATABASE_URL: "", NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
    timeout: 15 * 60_000,
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

export interface AppServer {
  base: string;
  process: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

export async function startServer({ port, env, logFile }: { port: number; env: Record<string, string>; logFile: string }): Promise<AppServer> {
  const log = createWriteStream(logFile);
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      // Only the server this runner started: its own process group.
      process.kill(-child.pid, "SIGTERM");
      for (let i = 0; i < 50 && child.exitCode === null && child.signalCode === null; i++) await sleep(100);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
    }
    log.end();
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`next start exited with code ${child.exitCode}; see ${logFile}`);
    }
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) });
      if (response.ok) return { base, process: child, logFile, stop };
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  await stop();
  throw new Error(`The server did not become healthy within 3 minutes; see ${logFile}`);
}
