import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as metricsRoute from "@/app/api/v1/local-authorities/[gssCode]/returns/[period]/metrics/route";
import { createApiToken } from "@/server/api-tokens/manage-api-tokens";
import { readSessionUserId } from "@/server/auth/session-cookie";
import { databaseFingerprint } from "../../tests/support/table-fingerprint";
import { isNotFoundOrSignIn, outcomeOf, type Outcome } from "../support/outcome";
import { serverActionIds } from "../support/server-actions";
import { actAs, openDemoWorld, type World } from "../support/world";
import { actorByEmail, DEMO } from "../support/demo";
import { ACTION_PROBES, type ActionFn } from "./action-probes";
import { buildIsolationWorld, type Attacker, type Victim } from "./world";
import { recordProbes } from "../support/summary";

// Tenant isolation, in one demo database:
//  - every server action, found on disk, is called by every attacker with another LA's ids in its bound
//    target and form fields: each call must be refused as "not found" (or the sign-in page) and the
//    database must be unchanged;
//  - the metrics API by path and by body: Blackpool's valid token, aimed at every other LA's URL, is "not
//    found" and changes nothing; a body naming other LAs, sent to Blackpool's own URL, changes nothing of theirs.

let world: World;
let attackers: Attacker[];
let victims: Victim[];
let actions: { id: string; fn: ActionFn }[];

beforeAll(async () => {
  world = await openDemoWorld();
  ({ attackers, victims } = await buildIsolationWorld(world.db));
  actions = await serverActionIds();
});
afterAll(() => world?.dispose());

describe("server actions: tenant isolation", () => {
  it("finds the server actions on disk, and every one has a probe", () => {
    expect(actions.length).toBeGreaterThan(20);
    const missing = actions.map((a) => a.id).filter((id) => !(id in ACTION_PROBES));
    expect(missing, `Server actions without an isolation probe: add each to hardening/isolation/action-probes.ts`).toEqual([]);
    const stale = Object.keys(ACTION_PROBES).filter((id) => !actions.some((a) => a.id === id));
    expect(stale, "Probes for actions that no longer exist").toEqual([]);
  });

  it("refuses every probe with another LA's ids and leaves the database unchanged", async () => {
    const leaks: string[] = [];
    let probes = 0;
    const kinds: Record<string, number> = {};
    for (const { id, fn } of actions) {
      const probe = ACTION_PROBES[id];
      if (!probe) continue;
      for (const attacker of attackers) {
        const calls = probe.calls(attacker);
        if (calls.length === 0) continue;
        const before = await databaseFingerprint(world.db);
        for (const { label, call } of calls) {
          await actAs(attacker.actor);
          const outcome: Outcome = await outcomeOf(() => call(fn));
          probes++;
          kinds[outcome.kind] = (kinds[outcome.kind] ?? 0) + 1;
          const where = `${id} as ${attacker.label}: ${label} → ${outcome.kind} (${outcome.detail})`;
          if (probe.expect === "not-found" && !isNotFoundOrSignIn(outcome)) leaks.push(where);
          if (probe.expect === "refused" && !(isNotFoundOrSignIn(outcome) || outcome.kind === "refused-state")) leaks.push(where);
          if (probe.expect === "self-only") {
            if (outcome.kind === "threw" || outcome.kind === "app-error") leaks.push(where);
            // Whatever it did, the session it left is the caller's own or none.
            const sessionUser = await readSessionUserId();
            if (sessionUser !== null && sessionUser !== attacker.actor?.id) leaks.push(`${where}: left a session for ${sessionUser}`);
          }
        }
        const after = await databaseFingerprint(world.db);
        const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
        if (changed.length) leaks.push(`${id} as ${attacker.label}: changed tables ${changed.join(", ")}`);
      }
    }
    recordProbes("actions", probes, leaks.length);
    console.info(`isolation (server actions): ${actions.length} actions, ${probes} probes, outcomes ${JSON.stringify(kinds)}, ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
  });
});

/** The API suite's attacker: Blackpool, whose approved plan lets its current return start, so a PUT to its own URL succeeds. */
const API_LA = DEMO.blackpool;
let secret: string;
let periodId: string;
let address = 0;
function call(method: "GET" | "PUT", gss: string, period: string, body?: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`http://portal.test/api/v1/local-authorities/${encodeURIComponent(gss)}/returns/${encodeURIComponent(period)}/metrics`, {
    method,
    // A fresh client address per request keeps the API rate limit out of the way.
    headers: { Authorization: `Bearer ${secret}`, "X-Forwarded-For": `10.77.${(address >> 8) & 255}.${address++ & 255}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return metricsRoute[method](request, { params: Promise.resolve({ gssCode: gss, period }) });
}

async function othersRows() {
  return world.db.submission.findMany({
    where: { localAuthorityGss: { not: API_LA.gssCode } },
    select: { id: true, status: true, version: true, sections: { select: { key: true, version: true, data: true }, orderBy: { key: "asc" } } },
    orderBy: { id: "asc" },
  });
}

describe("metrics API: tenant isolation by path and body", () => {
  beforeAll(async () => {
    const lead = await actorByEmail(world.db, `lead@${API_LA.slug}.example.gov.uk`);
    ({ secret } = await createApiToken({ db: world.db, actor: lead, localAuthorityGss: API_LA.gssCode, name: "Attacker's system" }));
    periodId = victims[0]!.openPeriodId;
  });

  it("answers 404 for every other LA's URL with a valid token, and changes nothing", async () => {
    // Using a token stamps its own lastUsedAt, so API tokens are compared apart: only the attacker's may change.
    const fingerprint = async () => {
      const { ApiToken: _, ...rest } = await databaseFingerprint(world.db);
      const tokens = await world.db.apiToken.findMany({ where: { localAuthorityGss: { not: API_LA.gssCode } }, orderBy: { id: "asc" } });
      return { ...rest, otherTokens: JSON.stringify(tokens) };
    };
    const before = await fingerprint();
    const leaks: string[] = [];
    let probes = 0;
    const others = victims.filter((v) => v.gssCode !== API_LA.gssCode);
    const periods = [...new Set([periodId, ...victims.flatMap((v) => v.submissions.filter((s) => s.kind === "DELIVERY_RETURN").map((s) => s.periodKey))])];
    for (const victim of others) {
      for (const period of periods) {
        for (const [method, body] of [["GET", undefined], ["PUT", { metrics: {} }], ["PUT", { metrics: { "family-hubs.workforce.staff-count": 1 } }]] as const) {
          const response = await call(method, victim.gssCode, period, body);
          probes++;
          const text = await response.text();
          if (response.status !== 404) leaks.push(`${method} ${victim.gssCode}/${period} → ${response.status}`);
          if (text.includes(victim.name)) leaks.push(`${method} ${victim.gssCode}/${period} shows ${victim.name}`);
        }
      }
      // Case and spacing variants of the victim's code are other LAs too.
      for (const variant of [victim.gssCode.toLowerCase(), ` ${victim.gssCode}`, `${victim.gssCode}%00`, `${API_LA.gssCode},${victim.gssCode}`]) {
        const response = await call("PUT", variant, periodId, { metrics: {} });
        probes++;
        if (response.status !== 404) leaks.push(`PUT ${JSON.stringify(variant)} → ${response.status}`);
      }
    }
    expect(await fingerprint()).toEqual(before);
    recordProbes("metrics-api:path", probes, leaks.length);
    console.info(`isolation (metrics API by path): ${probes} probes, ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
  });

  it("ignores other LAs named in the body of a PUT to the token's own LA", async () => {
    const before = await othersRows();
    let probes = 0;
    const statuses: number[] = [];
    for (const victim of victims.filter((v) => v.gssCode !== API_LA.gssCode)) {
      const victimReturn = victim.submissions.find((s) => s.kind === "DELIVERY_RETURN");
      const body = {
        localAuthority: victim.gssCode,
        localAuthorityGss: victim.gssCode,
        gssCode: victim.gssCode,
        submissionId: victimReturn?.id,
        period: victimReturn?.periodKey,
        metrics: { "family-hubs.workforce.staff-count": 3 },
      };
      const response = await call("PUT", API_LA.gssCode, periodId, body);
      probes++;
      statuses.push(response.status);
      const json = (await response.json()) as { localAuthority?: string };
      if (response.status === 200) expect(json.localAuthority).toBe(API_LA.gssCode);
    }
    expect(statuses.every((s) => s < 500), `statuses ${statuses.join(",")}`).toBe(true);
    expect(await othersRows()).toEqual(before);
    recordProbes("metrics-api:body", probes, 0);
    console.info(`isolation (metrics API by body): ${probes} probes, 0 leaks (statuses ${[...new Set(statuses)].join(", ")})`);
  });
});
