// Issue 8, parts 3 and 4: deadline load and database faults, against the production build on a
// throwaway PostgreSQL cluster. `npm run test:hardening:load` runs it (see README.md in this folder).
//
//  1. starts PostgreSQL (initdb/pg_ctl on a spare loopback port) and prepares the data in-process:
//     migrations, the demo seed, every LA's plan approved through the engine, three users and an API
//     token per LA;
//  2. starts `next start` (dist .next-load, built first if absent) against it;
//  3. deadline load: 75 LAs × 3 users on the 2023-24-Q4 return at the same moment, reviewers reading;
//  4. database faults: a shorter load on returned returns with PostgreSQL stopped for ~5 s mid-way;
//  5. checks the database after each and prints the figures. Exits 1 on any violated invariant.
// Everything it starts (cluster, server) is stopped in `finally`, on SIGINT/SIGTERM and on the watchdog.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startCluster, type Cluster } from "./cluster";
import { mapLimit } from "./limit";
import { ensureBuild, sparePort, startServer, type AppServer } from "./server";

const RUN_LIMIT_MS = 9 * 60_000;
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[${elapsed().padStart(7)}] ${message}`);

let cluster: Cluster | null = null;
let server: AppServer | null = null;
async function cleanUp(): Promise<void> {
  await server?.stop().catch(() => {});
  cluster?.destroy();
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and the cluster.`);
    void cleanUp().finally(() => process.exit(130));
  });
}
// Armed once the build (bounded on its own) is done: it bounds the load itself.
let watchdog: NodeJS.Timeout | undefined;
function armWatchdog(): void {
  watchdog = setTimeout(() => {
    console.error(`The run took longer than ${RUN_LIMIT_MS / 60_000} minutes after the build: stopping.`);
    void cleanUp().finally(() => process.exit(1));
  }, RUN_LIMIT_MS);
  watchdog.unref();
}

const failures: string[] = [];
const work = mkdtempSync(path.join(tmpdir(), "portal-load-"));

try {
  ensureBuild();
  armWatchdog();
  const pgPort = await sparePort();
  cluster = startCluster(pgPort);
  log(`PostgreSQL started on 127.0.0.1:${pgPort}.`);

  // The app's settings, for this process (the server code prepares the data) and for next start.
  const appEnv = {
    DATABASE_URL: cluster.url,
    PORTAL_DEMO: "true",
    PORTAL_DATE: "2024-01-20",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  };
  Object.assign(process.env, appEnv);

  const [{ getDatabase }, { prepareLoadData }, deadline, fault, { checkReturns }, report, http, engine] = await Promise.all([
    import("@/server/db/database"),
    import("./prepare-data"),
    import("./deadline-load"),
    import("./fault-load"),
    import("./invariants"),
    import("./report"),
    import("./http"),
    import("./engine"),
  ]);
  const { db } = await getDatabase();
  log("Migrated and seeded (demo mode).");
  const { las, reviewerEmail } = await prepareLoadData(db);
  const documents = await engine.demoReturnDocuments(db, las, deadline.PERIOD);
  log(`Prepared ${las.length} LAs: approved plans, ${las.length * 3} users, ${las.length} API tokens.`);

  const appPort = await sparePort();
  server = await startServer({ port: appPort, env: appEnv, logFile: path.join(work, "next-start.log") });
  log(`next start is healthy at ${server.base} (log: ${server.logFile}).`);

  const recorder = new http.Recorder();
  const signInStart = Date.now();
  const sessions = await deadline.signInAll(server.base, recorder, las, "FamilyHubs-demo-2026", mapLimit);
  const reviewers = await mapLimit([0, 1, 2], 3, async (i) => {
    const client = http.newClient(server!.base, recorder, deadline.addressFor(i, 9));
    await http.signIn(client, reviewerEmail, "FamilyHubs-demo-2026");
    return client;
  });
  const signIns = recorder.samples.filter((s) => s.at >= signInStart);
  log(`Signed in ${las.length * 3 + reviewers.length} users (${signIns.length} requests, p95 ${report.statsOf(signIns, signInStart, Date.now()).p95.toFixed(0)} ms).`);
  // Warm each page once so the figures are about load, not first compilation of a route.
  for (const p of ["/dashboard", "/review", "/local-authorities"]) await http.request(reviewers[0]!, "warm-up", p);

  const metricsOf = (la: { gssCode: string }) => documents.get(la.gssCode)?.metrics ?? {};

  // ---- Deadline load --------------------------------------------------------------------------
  log(`Deadline load: ${las.length} LAs × 3 users on the ${deadline.PERIOD} return, ${reviewers.length} reviewers reading.`);
  const before = recorder.samples.length;
  const outcome = await deadline.runDeadlineLoad({
    sessions,
    reviewers,
    metricsOf,
    metricGroupId: engine.firstMetricGroupId(),
    engine: { fillOtherSections: (la) => engine.fillOtherSections(db, la, documents, deadline.PERIOD) },
  });
  const loadSamples = recorder.samples.slice(before).filter((s) => s.kind !== "warm-up");
  const loadStats = report.statsOf(loadSamples, outcome.startedAt, outcome.endedAt);
  const deadlineChecks = await checkReturns({ db, periodKey: deadline.PERIOD, gssCodes: las.map((l) => l.gssCode), claims: outcome.claims, revision: 1 });
  const submitted = await db.submission.count({ where: { kind: "DELIVERY_RETURN", periodKey: deadline.PERIOD, localAuthorityGss: { in: las.map((l) => l.gssCode) }, status: "SUBMITTED" } });
  const conflicts = outcome.claims.filter((c) => !c.accepted);
  const failed = loadSamples.filter((s) => s.status === 0 || s.status >= 500);

  console.log("\n=== Deadline load ===");
  console.log(report.describeStats("All requests", loadStats));
  console.log(report.kindTable(loadSamples));
  console.log(
    `Writes accepted: ${outcome.claims.filter((c) => c.accepted).length}; edit conflicts (expected): ${conflicts.length} ` +
      `(API 409: ${conflicts.filter((c) => c.status === 409).length}, API 412: ${conflicts.filter((c) => c.status === 412).length}, form conflict message: ${conflicts.filter((c) => c.what === "form-save").length}).`,
  );
  console.log(`Same-version races: ${outcome.races.both}; exactly one winner: ${outcome.races.oneWon}; both refused: ${outcome.races.bothLost}.`);
  console.log(`Returns SUBMITTED: ${submitted} of ${las.length}. Errors (5xx or no answer): ${failed.length}. Other unexpected answers: ${outcome.unexpected.length}.`);
  console.log(`Database checks: ${deadlineChecks.checkedSubmissions} submissions, ${deadlineChecks.checkedEvents} audit events, ${deadlineChecks.violations.length} violations.`);
  for (const u of outcome.unexpected.slice(0, 15)) console.log(`  unexpected ${u.kind} ${u.gssCode} → ${u.status}: ${u.note}`);
  for (const v of deadlineChecks.violations.slice(0, 15)) console.log(`  violation ${v.gssCode} [${v.rule}] ${v.detail}`);
  if (failed.length) failures.push(`deadline load: ${failed.length} requests failed (5xx or no answer)`);
  if (outcome.unexpected.length) failures.push(`deadline load: ${outcome.unexpected.length} unexpected answers`);
  if (deadlineChecks.violations.length) failures.push(`deadline load: ${deadlineChecks.violations.length} database invariant violations`);
  if (submitted !== las.length) failures.push(`deadline load: ${las.length - submitted} returns did not reach SUBMITTED`);
  if (outcome.races.both > 0 && outcome.races.oneWon + outcome.races.bothLost !== outcome.races.both) failures.push("deadline load: a same-version race accepted both saves");

  // ---- Database faults --------------------------------------------------------------------------
  // Returns that reached SUBMITTED (all of them when the deadline part passed), so this part runs regardless.
  const submittedGss = new Set((await db.submission.findMany({ where: { kind: "DELIVERY_RETURN", periodKey: deadline.PERIOD, status: "SUBMITTED" }, select: { localAuthorityGss: true } })).map((s) => s.localAuthorityGss));
  const faultLas = sessions.filter((s) => submittedGss.has(s.la.gssCode)).slice(0, 15);
  await engine.returnForChanges(db, faultLas.map((s) => s.la), reviewerEmail, deadline.PERIOD);
  log(`Database faults: ${faultLas.length} returned returns edited over the API, pages and health read; PostgreSQL stopped for 5 s mid-way.`);
  const faultBefore = recorder.samples.length;
  const healthClient = http.newClient(server.base, recorder, "10.99.0.1");
  const faultOutcome = await fault.runFaultLoad({ cluster, sessions: faultLas, reviewers: reviewers.slice(0, 2), healthClient, metricsOf });
  const faultSamples = recorder.samples.slice(faultBefore);
  const t = faultOutcome.timeline;
  const windows = ["before", "outage", "recovering", "after"] as const;
  const recoveryMs = t.healthyAgain === null ? null : t.healthyAgain - t.pgReady;
  const serverAlive = server.process.exitCode === null && server.process.signalCode === null;
  const faultChecks = await checkReturns({ db, periodKey: deadline.PERIOD, gssCodes: faultLas.map((s) => s.la.gssCode), claims: faultOutcome.claims, revision: 2, ambiguousWrites: faultOutcome.ambiguousWrites });
  const hung = faultSamples.filter((s) => s.failure);
  const outageApi = faultSamples.filter((s) => fault.windowOf(s, t) === "outage" && s.kind.includes("api") && s.status !== 503);
  const afterWrites = faultOutcome.claims.filter((c) => c.accepted && c.version !== undefined);
  const writesAfterRecovery = faultSamples.filter((s) => s.kind === "fault api PUT metrics" && s.status === 200 && t.healthyAgain !== null && s.at >= t.healthyAgain).length;

  console.log("\n=== Database faults ===");
  console.log(
    `PostgreSQL stop took ${t.stopped - t.stopBegin} ms, down for ${t.pgReady - t.stopBegin} ms in all (restart ${t.pgReady - t.startBegin} ms). ` +
      `Recovery: first 200 from /api/health ${recoveryMs === null ? "NEVER" : `${recoveryMs} ms`} after PostgreSQL was ready; Node was not restarted (${serverAlive ? "same process still running" : "THE SERVER PROCESS DIED"}).`,
  );
  for (const w of windows) {
    const own = faultSamples.filter((s) => fault.windowOf(s, t) === w);
    const times = own.map((s) => s.ms).sort((a, b) => a - b);
    console.log(`  ${w.padEnd(10)} ${String(own.length).padStart(5)} requests, p95 ${http.percentile(times, 95).toFixed(0)} ms, max ${(times.at(-1) ?? 0).toFixed(0)} ms: ${report.statusCounts(own)}`);
  }
  console.log(report.kindTable(faultSamples));
  console.log(`Accepted writes: ${afterWrites.length} (${writesAfterRecovery} after recovery); writes with a 5xx or no answer: ${[...faultOutcome.ambiguousWrites.values()].reduce((a, b) => a + b, 0)}.`);
  console.log(`Database checks: ${faultChecks.checkedSubmissions} submissions, ${faultChecks.checkedEvents} audit events, ${faultChecks.violations.length} violations.`);
  for (const u of faultOutcome.unexpected.slice(0, 15)) console.log(`  unexpected ${u.kind} ${u.gssCode} → ${u.status} (${fault.windowOf({ at: u.at } as never, t)}): ${u.note}`);
  for (const s of outageApi.slice(0, 5)) console.log(`  during the outage ${s.kind} answered ${s.failure ?? s.status}`);
  for (const v of faultChecks.violations.slice(0, 15)) console.log(`  violation ${v.gssCode} [${v.rule}] ${v.detail}`);
  if (!serverAlive) failures.push("faults: the server process died");
  if (recoveryMs === null) failures.push("faults: /api/health never answered 200 again after PostgreSQL restarted");
  if (hung.length) failures.push(`faults: ${hung.length} requests hung past the timeout or lost their connection`);
  if (outageApi.length) failures.push(`faults: ${outageApi.length} API/health answers during the outage were not 503`);
  if (faultOutcome.unexpected.length) failures.push(`faults: ${faultOutcome.unexpected.length} unexpected answers`);
  if (faultChecks.violations.length) failures.push(`faults: ${faultChecks.violations.length} database invariant violations`);
  if (writesAfterRecovery === 0) failures.push("faults: no write succeeded after recovery");

  const serverLog = readFileSync(server.logFile, "utf8");
  const logged500s = (serverLog.match(/API error [0-9a-f-]{36}/g) ?? []).length;
  console.log(`\nServer log: ${serverLog.split("\n").length} lines, ${logged500s} "API error" entries (${server.logFile}).`);

  console.log("\n=== Summary ===");
  console.log(`Deadline: ${loadStats.perSecond.toFixed(1)} req/s, p50 ${loadStats.p50.toFixed(0)} ms, p95 ${loadStats.p95.toFixed(0)} ms; ${conflicts.length} edit conflicts; ${failed.length} errors.`);
  console.log(`Faults: recovery ${recoveryMs === null ? "never" : `${recoveryMs} ms`} after PostgreSQL was back, without restarting Node.`);
  await db.$disconnect();
} catch (error) {
  failures.push(`the run stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (cluster) console.error(`PostgreSQL log tail:\n${cluster.logTail()}`);
} finally {
  await cleanUp();
  clearTimeout(watchdog);
}

console.log(`\nFinished in ${elapsed()}.`);
if (failures.length) {
  console.error(`FAILED:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
  process.exit(1);
}
console.log("PASSED: no invariant violated.");
// Prisma's pool and the schema engine leave timers behind; everything is closed by now.
process.exit(0);
