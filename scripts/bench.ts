// Measures the production build on the national dataset (issue 6, "Scale"). Builds nothing: run `npm run build`
// first (NEXT_DIST_DIR respected) and `npm run seed:national` (and, for the comparison, the 75-LA set:
// PGLITE_DATA_DIR=.data/national-75 npm run seed:national -- --count 75). For each dataset it starts `next start`
// on a spare loopback port, signs in as the department reviewer, then with autocannon (10 connections, 10 s per
// page, one page at a time, 3 s apart; a request slower than 30 s counts as failed) measures the dashboard, the trajectory and one LA's return page against /api/health,
// prints p50/p95 and each page's ratio to the health endpoint, and stops the server.
//
//   npm run bench                                   both datasets that exist
//   npm run bench -- --data .data/national          one dataset
//   npm run bench -- --connections 10 --seconds 10  the load (bounded: at most 50 connections, 60 s)
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  /** Seconds before a request counts as timed out. */
  timeout: number;
  headers?: Record<string, string>;
}
interface AutocannonResult {
  requests: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonInstance {
  on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
  then: Promise<AutocannonResult>["then"];
}
// autocannon ships no types: its small surface is declared above.
const autocannon = createRequire(import.meta.url)("autocannon") as (options: AutocannonOptions) => AutocannonInstance;

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    connections: { type: "string", default: "10" },
    seconds: { type: "string", default: "10" },
    date: { type: "string", default: "2025-01-20" },
  },
});
const connections = Math.min(50, Math.max(1, Number(values.connections) || 10));
const seconds = Math.min(60, Math.max(1, Number(values.seconds) || 10));
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const REVIEWER = { email: "reviewer@education.example.gov.uk", password: "FamilyHubs-demo-2026" };
// A real LA with an approved plan in both datasets, and a return it sent (and had approved) before the date.
const RETURN_PAGE = "/local-authorities/E08000025/returns/2024-25-Q2";
const PAGES = [
  { name: "health", path: "/api/health" },
  { name: "dashboard", path: "/dashboard" },
  { name: "trajectory", path: "/dashboard/trajectory" },
  { name: "return page", path: RETURN_PAGE },
];

const datasets = (values.data ? values.data.split(",") : [".data/national-75", ".data/national"]).filter((dir) => {
  if (existsSync(dir)) return true;
  console.warn(`Skipping ${dir}: it does not exist. Make it with npm run seed:national (see the top of scripts/bench.ts).`);
  return false;
});
if (!existsSync(path.join(distDir, "BUILD_ID"))) {
  console.error(`No production build in ${distDir}. Run npm run build first (this script builds nothing).`);
  process.exit(2);
}
if (datasets.length === 0) process.exit(2);

function sparePort(): Promise<number> {
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

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not become healthy within 3 minutes");
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
}

/** Signs in through next-auth's credentials endpoint, as e2e/support/auth.ts does; returns the Cookie header. */
async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ ...REVIEWER, csrfToken, json: "true" }),
  });
  const cookies = [...jar, ...cookiesOf(response)];
  if (!cookies.some((c) => c.includes("next-auth.session-token="))) throw new Error(`Signing in as ${REVIEWER.email} failed (${response.status})`);
  return cookies.join("; ");
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function measure(base: string, page: (typeof PAGES)[number], cookie: string) {
  const times: number[] = [];
  // Let the previous page's last requests finish first, so one page's backlog is not measured as the next's.
  await new Promise((r) => setTimeout(r, 3000));
  const instance = autocannon({ url: `${base}${page.path}`, connections, duration: seconds, timeout: 30, headers: { cookie } });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return { page: page.name, requests: result.requests.total, failed: result.non2xx + result.errors + result.timeouts, p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function benchDataset(dataDir: string) {
  const port = await sparePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, PGLITE_DATA_DIR: dataDir, PORTAL_DEMO: "true", PORTAL_DATE: values.date, NODE_ENV: "production", DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitForHealth(base, server);
    const cookie = await signIn(base);
    for (const page of PAGES) {
      const warm = await fetch(`${base}${page.path}`, { headers: { cookie } });
      if (warm.status !== 200) throw new Error(`${page.path} answered ${warm.status}`);
    }
    const results = [];
    for (const page of PAGES) results.push(await measure(base, page, cookie));
    return results;
  } finally {
    // Only the server this script started: its process group.
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  }
}

const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(8);
for (const dataDir of datasets) {
  console.log(`\n${dataDir} (PORTAL_DATE=${values.date}), ${connections} connections, ${seconds} s per page`);
  const results = await benchDataset(dataDir);
  const health = results.find((r) => r.page === "health");
  console.log(`${"page".padEnd(12)} ${"requests".padStart(8)} ${"failed".padStart(6)} ${"p50".padStart(8)} ${"p95".padStart(8)}  p50 ratio  p95 ratio`);
  for (const r of results) {
    const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(1)}×` : "-").padStart(9);
    console.log(`${r.page.padEnd(12)} ${String(r.requests).padStart(8)} ${String(r.failed).padStart(6)} ${ms(r.p50)} ${ms(r.p95)}  ${ratio(r.p50, health?.p50)}  ${ratio(r.p95, health?.p95)}`);
  }
}
process.exit(0);
