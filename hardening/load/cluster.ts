import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { tmpdir } from "node:os";

// A throwaway PostgreSQL cluster, as scripts/test-postgres.sh makes it: initdb and pg_ctl from the
// binaries on this machine, run as the postgres user when we are root, listening on 127.0.0.1 only,
// in a temporary folder that is removed afterwards. Stop and start are exposed for the fault scenario.

export interface Cluster {
  url: string;
  port: number;
  /** pg_ctl stop -m fast: in-flight connections are terminated, as when a database server goes down. */
  stop(): void;
  start(): void;
  isRunning(): boolean;
  /** Stops the server (if running) and deletes the folder. Safe to call twice. */
  destroy(): void;
  logTail(lines?: number): string;
}

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  if (!newest) throw new Error("PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install -y postgresql).");
  return path.join(root, newest, "bin");
}

const isRoot = process.getuid?.() === 0;

function asPostgres(command: string, args: string[]): { status: number | null; output: string } {
  const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: "utf8", timeout: 60_000 });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

export function startCluster(port: number): Cluster {
  const bin = postgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), "portal-load-pg."));
  if (isRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim()), Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()));
  const data = path.join(dir, "data");
  const log = path.join(dir, "log");
  const pgCtl = path.join(bin, "pg_ctl");

  const init = asPostgres(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync"]);
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${init.output}`);
  }
  // fsync off: a throwaway cluster; durability across a crash is not what the fault scenario tests
  // (pg_ctl stop -m fast is a clean shutdown). max_connections leaves room for the app and the runner.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  let running = false;
  const start = () => {
    const started = asPostgres(pgCtl, ["-D", data, "-o", options, "-l", log, "-w", "-t", "30", "start"]);
    if (started.status !== 0) throw new Error(`pg_ctl start failed: ${started.output}\n${tail(log)}`);
    running = true;
  };
  const stop = () => {
    const stopped = asPostgres(pgCtl, ["-D", data, "-m", "fast", "-w", "-t", "30", "stop"]);
    if (stopped.status !== 0) throw new Error(`pg_ctl stop failed: ${stopped.output}`);
    running = false;
  };
  start();
  let destroyed = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    isRunning: () => running,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      asPostgres(pgCtl, ["-D", data, "-m", "immediate", "-w", "-t", "30", "stop"]);
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
    logTail: (lines = 20) => tail(log, lines),
  };
}

function tail(file: string, lines = 20): string {
  const result = spawnSync("tail", ["-n", String(lines), file], { encoding: "utf8" });
  return result.stdout ?? "";
}
