import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fullPlanDocument } from "@/domain/plan/demo-plans";
import type { Actor } from "@/domain/permissions";
import { createApiToken } from "@/server/api-tokens/manage-api-tokens";
import { createApprovedPlan, createLocalAuthority, createUser } from "../../tests/support/fixtures";
import { appRoutes } from "../support/app-routes";
import { recordHostile } from "../support/summary";
import { actAs, openWorld, type World } from "../support/world";
import { openReturnPeriodId } from "../isolation/world";
import { HOSTILE_COUNT, HOSTILE_JSON_VALUES, HOSTILE_RAW_BODIES, HOSTILE_STRINGS } from "./corpus";

// The hostile corpus at every API endpoint and route handler (found on disk: src/app/**/route.ts), called
// in-process as Next would: as query values, as path segments, as JSON bodies, as raw bodies with wrong
// content types. Never a 500; every 4xx from the JSON API names the problem; nothing another request
// saved is lost.

const ROOT = path.resolve(import.meta.dirname, "../..");
const STAFF = "family-hubs.workforce.staff-count";
/** next-auth's own handler needs Next's request internals; sign-in throttling and errors are tested in tests/. */
const NOT_CALLED_IN_PROCESS = new Set(["/api/auth/[...nextauth]"]);

let world: World;
let la: { gssCode: string };
let reviewer: Actor;
let secret: string;
let periodId: string;
let address = 0;

beforeAll(async () => {
  // No demo seed: one LA with an approved plan (so its return can start), its lead's API token, a reviewer.
  world = await openWorld();
  la = await createLocalAuthority(world.db);
  const lead = await createUser(world.db, "COMMISSIONING_LEAD", { localAuthorityGss: la.gssCode });
  reviewer = await createUser(world.db, "DEPARTMENT_REVIEWER");
  const plan = fullPlanDocument({ name: "Hostile LA", isTrailblazer: false });
  await createApprovedPlan(world.db, { localAuthorityGss: la.gssCode, document: plan });
  ({ secret } = await createApiToken({ db: world.db, actor: lead, localAuthorityGss: la.gssCode, name: "Hostile client" }));
  periodId = openReturnPeriodId();
});
afterAll(() => world?.dispose());

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;

/** Calls the handler; records a failure for a 5xx, an unexpected throw or (JSON API) a 4xx without a message. The status, or 0. */
async function check(failures: string[], where: string, run: () => Promise<Response> | Response, { json = false } = {}): Promise<number> {
  try {
    const response = await run();
    const status = response.status;
    if (response.status >= 500) failures.push(`${where}: ${response.status} ${(await response.text()).slice(0, 200)}`);
    else if (json && response.status >= 400) {
      const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
      if (!body?.errors?.length || !body.errors.every((e) => typeof e.message === "string" && e.message.length > 10)) failures.push(`${where}: ${response.status} without a specific message`);
    }
    return status;
  } catch (error) {
    const digest = (error as { digest?: string } | null)?.digest ?? "";
    if (!digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404") && !digest.startsWith("NEXT_REDIRECT")) failures.push(`${where}: threw ${String(error).replace(/\s+/g, " ").slice(0, 200)}`);
    return 0;
  }
}

/** encodeURIComponent, or null for text no URL can carry (unpaired surrogates). */
function encodable(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

describe("hostile input at every API endpoint", () => {
  it("the metrics API answers every hostile body, value and path with a 4xx and a message, and keeps what was saved", async () => {
    const metrics = await import("@/app/api/v1/local-authorities/[gssCode]/returns/[period]/metrics/route");
    const url = (gss: string, period: string) => `http://portal.test/api/v1/local-authorities/${encodeURIComponent(gss)}/returns/${encodeURIComponent(period)}/metrics`;
    const send = (method: "GET" | "PUT", gss: string, period: string, body?: string, contentType: string | null = "application/json") =>
      metrics[method](
        new Request(url(gss, period), {
          method,
          headers: { Authorization: `Bearer ${secret}`, "X-Forwarded-For": `10.88.${(address >> 8) & 255}.${address++ & 255}`, ...(contentType ? { "Content-Type": contentType } : {}) },
          body,
        }),
        { params: Promise.resolve({ gssCode: gss, period }) },
      );
    // Something saved first, which no refused request may lose.
    const saved = await send("PUT", la.gssCode, periodId, JSON.stringify({ metrics: { [STAFF]: 7 } }));
    expect(saved.status).toBe(200);
    const storedMetrics = () => world.db.submissionSection.findFirst({ where: { key: "metrics", submission: { localAuthorityGss: la.gssCode, periodKey: periodId } }, select: { data: true, version: true } });
    const failures: string[] = [];
    let checks = 0;
    for (const hostile of HOSTILE_STRINGS) {
      const value = hostile.value.length > 100_000 ? hostile.value.slice(0, 100_000) : hostile.value;
      for (const [where, run] of [
        [`metric value ← ${hostile.label}`, () => send("PUT", la.gssCode, periodId, JSON.stringify({ metrics: { [STAFF]: hostile.value } }))],
        [`metric id ← ${hostile.label}`, () => send("PUT", la.gssCode, periodId, JSON.stringify({ metrics: { [value]: 1 } }))],
        [`period ← ${hostile.label}`, () => send("GET", la.gssCode, value)],
        [`gss code ← ${hostile.label}`, () => send("GET", value, periodId)],
      ] as const) {
        if (where.startsWith("period") || where.startsWith("gss")) {
          if (!encodable(value)) continue;
        }
        checks++;
        const before = await storedMetrics();
        const status = await check(failures, where, run, { json: true });
        const after = await storedMetrics();
        // Refused: nothing changes. Accepted (a PUT replaces the section): each figure stored is a finite number.
        if (status >= 400 && JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${where}: refused with ${status} but the saved figures changed`);
        if (status === 200) {
          const figures = Object.values((after?.data as { metrics?: Record<string, unknown> } | undefined)?.metrics ?? {});
          if (!figures.every((f) => typeof f === "number" && Number.isFinite(f))) failures.push(`${where}: stored ${JSON.stringify(after?.data).slice(0, 120)}`);
        }
      }
    }
    for (const hostile of HOSTILE_JSON_VALUES) {
      checks += 2;
      await check(failures, `metric value ← JSON ${hostile.label}`, () => send("PUT", la.gssCode, periodId, JSON.stringify({ metrics: { [STAFF]: hostile.value } })), { json: true });
      await check(failures, `body ← JSON ${hostile.label}`, () => send("PUT", la.gssCode, periodId, JSON.stringify(hostile.value)), { json: true });
    }
    for (const raw of HOSTILE_RAW_BODIES) {
      checks++;
      const before = await storedMetrics();
      const status = await check(failures, `raw body ← ${raw.label}`, () => send("PUT", la.gssCode, periodId, raw.body, raw.contentType === undefined ? "application/json" : raw.contentType || null), { json: true });
      const after = await storedMetrics();
      if (status >= 400 && JSON.stringify(after) !== JSON.stringify(before)) failures.push(`raw body ← ${raw.label}: refused with ${status} but the saved figures changed`);
    }
    recordHostile("metrics-api", HOSTILE_COUNT, 1, checks, failures.length);
    console.info(`hostile (metrics API): ${checks} requests, ${failures.length} failures`);
    expect(failures.slice(0, 30)).toEqual([]);
  });

  it("every route handler answers hostile query values and path segments without a server error", async () => {
    const routes = appRoutes().filter((r) => r.kind === "route" && !NOT_CALLED_IN_PROCESS.has(r.pattern));
    const failures: string[] = [];
    let checks = 0;
    const sample = HOSTILE_STRINGS.filter((h) => h.value.length <= 10_000);
    for (const route of routes) {
      const module = (await import(/* @vite-ignore */ path.join(ROOT, route.file))) as Record<string, unknown>;
      const names = route.segments.map((s) => /^\[\.{0,3}([^\]]+)\]$/.exec(s)?.[1]).filter((n): n is string => Boolean(n));
      for (const method of ["GET", "PUT", "POST"] as const) {
        const handler = module[method] as Handler | undefined;
        if (typeof handler !== "function") continue;
        for (const hostile of sample) {
          const query = new URLSearchParams({ q: hostile.value, region: hostile.value, cohort: hostile.value, asOf: hostile.value, period: hostile.value, sort: hostile.value });
          const params = Object.fromEntries(names.map((n) => [n, hostile.value]));
          await actAs(reviewer);
          checks++;
          await check(failures, `${method} ${route.pattern} ← ${hostile.label}`, () =>
            handler(new Request(`http://portal.test${route.pattern}?${query}`, { method, headers: { "X-Forwarded-For": `10.89.${(address >> 8) & 255}.${address++ & 255}`, Authorization: `Bearer ${secret}` }, ...(method === "GET" ? {} : { body: hostile.value }) }), { params: Promise.resolve(params) }),
          );
        }
      }
    }
    recordHostile("route-handlers", sample.length, routes.length, checks, failures.length);
    console.info(`hostile (route handlers): ${sample.length} values × ${routes.length} handlers, ${checks} requests, ${failures.length} failures`);
    expect(failures.slice(0, 30)).toEqual([]);
  });
});
