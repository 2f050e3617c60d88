import type { SubmissionDocument } from "@/domain/submissions/types";
import type { Cluster } from "./cluster";
import type { LaSessions, WriteClaim } from "./deadline-load";
import { PERIOD } from "./deadline-load";
import { request, type Answer, type Client, type Sample } from "./http";
import type { LoadLa } from "./prepare-data";
import { sleep } from "./limit";

// A shorter load on returns the programme team has sent back for changes (revision 2, a draft), with
// PostgreSQL stopped (pg_ctl stop -m fast) in the middle of it for a few seconds and started again.
// While it is down every request must end within the timeout with a clear 503 (API, health) or the
// error page (pages); once it is back the portal must answer again without a restart of Node.

export interface FaultTimeline {
  loadStart: number;
  stopBegin: number;
  stopped: number;
  startBegin: number;
  pgReady: number;
  /** First 200 from /api/health after PostgreSQL was ready again; null if it never came. */
  healthyAgain: number | null;
  loadEnd: number;
}

export interface FaultOutcome {
  timeline: FaultTimeline;
  claims: WriteClaim[];
  /** Per LA: writes that got a 5xx or no answer (their commit is unknown to the client). */
  ambiguousWrites: Map<string, number>;
  unexpected: { kind: string; gssCode: string; status: number; note: string; at: number }[];
  health: { at: number; status: number; ms: number }[];
}

const apiPath = (gss: string) => `/api/v1/local-authorities/${gss}/returns/${PERIOD}/metrics`;

export async function runFaultLoad({
  cluster,
  sessions,
  reviewers,
  healthClient,
  metricsOf,
  outageMs = 5_000,
  warmMs = 4_000,
  afterMs = 5_000,
}: {
  cluster: Cluster;
  sessions: LaSessions[];
  reviewers: Client[];
  healthClient: Client;
  metricsOf: (la: LoadLa) => SubmissionDocument["metrics"];
  outageMs?: number;
  warmMs?: number;
  afterMs?: number;
}): Promise<FaultOutcome> {
  const claims: WriteClaim[] = [];
  const ambiguousWrites = new Map<string, number>();
  const unexpected: FaultOutcome["unexpected"] = [];
  const health: FaultOutcome["health"] = [];
  const timeline: FaultTimeline = { loadStart: Date.now(), stopBegin: 0, stopped: 0, startBegin: 0, pgReady: 0, healthyAgain: null, loadEnd: 0 };
  const note = (kind: string, gssCode: string, a: Answer, why: string) => unexpected.push({ kind, gssCode, status: a.status, note: `${why}: ${a.text.replace(/\s+/g, " ").slice(0, 200)}`, at: Date.now() });
  const ambiguous = (gss: string) => ambiguousWrites.set(gss, (ambiguousWrites.get(gss) ?? 0) + 1);
  let running = true;
  const TIMEOUT = 15_000;

  // API answers allowed at any time: success, the expected conflicts, and 503 while the database is away.
  const API_OK = new Set([200, 409, 412, 503]);

  const writers = sessions.map(async ({ la, api }) => {
    for (let n = 0; running && n < 300; n++) {
      const got = await request(api, "fault api GET metrics", apiPath(la.gssCode), { headers: { Authorization: `Bearer ${la.token}` }, timeoutMs: TIMEOUT });
      if (!API_OK.has(got.status)) note("fault api GET metrics", la.gssCode, got, "GET");
      const etag = got.headers.get("etag");
      if (got.status === 200 && etag) {
        const put = await request(api, "fault api PUT metrics", apiPath(la.gssCode), {
          method: "PUT",
          headers: { Authorization: `Bearer ${la.token}`, "Content-Type": "application/json", "If-Match": etag },
          body: JSON.stringify({ metrics: metricsOf(la) }),
          timeoutMs: TIMEOUT,
        });
        if (put.status === 200) claims.push({ gssCode: la.gssCode, what: "api-put", actorId: la.lead.actor.id, accepted: true, version: (JSON.parse(put.text) as { version: number }).version, status: 200 });
        else if (put.status === 409 || put.status === 412) claims.push({ gssCode: la.gssCode, what: "api-put", actorId: la.lead.actor.id, accepted: false, status: put.status });
        else {
          ambiguous(la.gssCode);
          if (!API_OK.has(put.status)) note("fault api PUT metrics", la.gssCode, put, "PUT");
        }
      }
      await sleep(got.status === 503 ? 250 : 50);
    }
  });

  // Pages while the database is away: the error page (5xx), never a hang.
  const pageReaders = [
    ...reviewers.map((client) => ({ client, path: "/dashboard", gss: "-" })),
    ...sessions.slice(0, 4).map(({ la, accountable }) => ({ client: accountable, path: `/local-authorities/${la.gssCode}/returns/${PERIOD}`, gss: la.gssCode })),
  ].map(async ({ client, path, gss }) => {
    for (let n = 0; running && n < 300; n++) {
      const page = await request(client, `fault page ${path.startsWith("/dashboard") ? "dashboard" : "return"}`, path, { timeoutMs: TIMEOUT });
      if (page.status !== 200 && !(page.status >= 500 && page.status < 600 && /<html/i.test(page.text))) note("fault page", gss, page, "page");
      await sleep(page.status === 200 ? 50 : 250);
    }
  });

  const poller = (async () => {
    for (let n = 0; running && n < 2_000; n++) {
      const a = await request(healthClient, "fault health", "/api/health", { timeoutMs: TIMEOUT });
      health.push({ at: Date.now(), status: a.status, ms: a.ms });
      if (a.status !== 200 && a.status !== 503) note("fault health", "-", a, "health");
      if (a.status === 503 && !/database/i.test(a.text)) note("fault health", "-", a, "503 without a reason");
      if (timeline.pgReady && a.status === 200 && timeline.healthyAgain === null) timeline.healthyAgain = Date.now();
      await sleep(100);
    }
  })();

  try {
    await sleep(warmMs);
    timeline.stopBegin = Date.now();
    cluster.stop();
    timeline.stopped = Date.now();
    await sleep(outageMs);
    timeline.startBegin = Date.now();
    cluster.start();
    timeline.pgReady = Date.now();
    const limit = Date.now() + 60_000;
    while (timeline.healthyAgain === null && Date.now() < limit) await sleep(50);
    await sleep(afterMs);
  } finally {
    if (!cluster.isRunning()) cluster.start();
    running = false;
    await Promise.all([...writers, ...pageReaders, poller]);
    timeline.loadEnd = Date.now();
  }
  return { timeline, claims, ambiguousWrites, unexpected, health };
}

/** Which part of the fault run a request fell in (by when it was sent). */
export function windowOf(sample: Sample, t: FaultTimeline): "before" | "outage" | "recovering" | "after" {
  if (sample.at < t.stopBegin) return "before";
  if (sample.at < t.pgReady) return "outage";
  if (t.healthyAgain === null || sample.at < t.healthyAgain) return "recovering";
  return "after";
}
