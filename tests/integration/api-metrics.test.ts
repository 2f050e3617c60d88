import { describe, expect, it } from "vitest";
import { fullPlanDocument } from "@/domain/plan/demo-plans";
import { handleMetricsRequest } from "@/server/api/metrics-api";
import { MAX_JSON_BODY_BYTES as MAX_BODY_HINT } from "@/server/api/read-json-body";
import { createApiToken, listApiTokens, revokeApiToken } from "@/server/api-tokens/manage-api-tokens";
import { useTestDatabase } from "../support/use-test-database";
import { createApprovedPlan, createLocalAuthority, createUser } from "../support/fixtures";
import * as route from "@/app/api/v1/local-authorities/[gssCode]/returns/[period]/metrics/route";

// The route handlers resolve the database through getDatabase(): hand them this one.
const { db } = useTestDatabase({ asAppDatabase: true });

const PERIOD = "2023-24-Q4"; // open on the demo programme date, 2024-01-20
const STAFF = "family-hubs.workforce.staff-count";
const TURNOVER = "family-hubs.workforce.staff-turnover";

async function setUp() {
  const la = await createLocalAuthority(db);
  const lead = await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: la.gssCode });
  const plan = fullPlanDocument({ name: la.name, isTrailblazer: false });
  await createApprovedPlan(db, { localAuthorityGss: la.gssCode, document: plan });
  const { token, secret } = await createApiToken({ db, actor: lead, localAuthorityGss: la.gssCode, name: "Case management system" });
  return { la, lead, token, secret };
}

function call(
  method: "GET" | "PUT",
  { gss, period = PERIOD, secret, body, headers = {} }: { gss: string; period?: string; secret?: string; body?: string; headers?: Record<string, string> },
) {
  const request = new Request(`http://portal.test/api/v1/local-authorities/${gss}/returns/${period}/metrics`, {
    method,
    headers: { ...(secret ? { Authorization: `Bearer ${secret}` } : {}), ...(body !== undefined ? { "Content-Type": "application/json" } : {}), ...headers },
    body,
  });
  return handleMetricsRequest({ db, request, gssCode: gss, period });
}

const put = (gss: string, secret: string | undefined, metrics: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call("PUT", { gss, secret, body: JSON.stringify({ metrics }), headers });

describe("GET and PUT /api/v1/local-authorities/{gss}/returns/{period}/metrics", () => {
  it("answers 200 with the stored values, warnings and the section version, through the engine", async () => {
    const { la, lead, secret, token } = await setUp();
    const empty = await call("GET", { gss: la.gssCode, secret });
    expect(empty.status).toBe(200);
    expect(await empty.json()).toMatchObject({ status: "NOT_STARTED", version: 0, metrics: {} });

    const saved = await put(la.gssCode, secret, { [STAFF]: 12, [TURNOVER]: "4.5" });
    expect(saved.status).toBe(200);
    expect(saved.headers.get("ETag")).toBe('"1"');
    const body = await saved.json();
    expect(body).toMatchObject({ localAuthority: la.gssCode, period: PERIOD, status: "DRAFT", version: 1, metrics: { [STAFF]: 12, [TURNOVER]: 4.5 } });
    // Figures not sent are warnings to explain, not errors.
    expect(body.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: "metric-not-given", path: expect.any(String), message: expect.any(String) })]));

    const again = await call("GET", { gss: la.gssCode, secret });
    expect(await again.json()).toMatchObject({ status: "DRAFT", version: 1, metrics: { [STAFF]: 12 } });

    const submission = await db.submission.findFirstOrThrow({ where: { localAuthorityGss: la.gssCode, kind: "DELIVERY_RETURN" } });
    const audit = await db.auditEvent.findMany({ where: { subjectId: submission.id }, orderBy: { occurredAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["delivery_return.started", lead.id],
      ["section.saved", lead.id],
    ]);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
  });

  it("answers 422 with every error, and saves nothing", async () => {
    const { la, secret } = await setUp();
    await put(la.gssCode, secret, { [STAFF]: 12 });
    const wrong = await put(la.gssCode, secret, { [STAFF]: "lots", [TURNOVER]: 140, "not.a-metric": 3 });
    expect(wrong.status).toBe(422);
    const body = await wrong.json();
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: `metrics[${STAFF}]`, code: "wrong-type", message: expect.any(String) },
        { path: `metrics[${TURNOVER}]`, code: expect.any(String), message: expect.stringMatching(/100/) },
        { path: "metrics[not.a-metric]", code: "unknown-metric", message: expect.any(String) },
      ]),
    );
    expect(body.warnings).toEqual([]);

    // A rule between figures: exclusive breastfeeding cannot exceed any breastfeeding.
    const crossField = await put(la.gssCode, secret, { "infant-feeding.breastfeeding-any-10-14-days": 40, "infant-feeding.breastfeeding-exclusive-10-14-days": 55 });
    expect(crossField.status).toBe(422);
    expect((await crossField.json()).errors).toEqual([expect.objectContaining({ code: "exclusive-above-any" })]);

    const shape = await call("PUT", { gss: la.gssCode, secret, body: JSON.stringify([1, 2]) });
    expect(shape.status).toBe(422);

    // JSON keeps "__proto__" as a key like any other: it is an unknown metric, not silently dropped.
    const proto = await call("PUT", { gss: la.gssCode, secret, body: `{"metrics":{"__proto__":3,"${STAFF}":13}}` });
    expect(proto.status).toBe(422);
    expect((await proto.json()).errors).toEqual([{ path: "metrics.__proto__", code: "unknown-metric", message: 'We do not collect "__proto__". Remove it.' }]);

    const stored = await (await call("GET", { gss: la.gssCode, secret })).json();
    expect(stored).toMatchObject({ version: 1, metrics: { [STAFF]: 12 } });
  });

  it("answers 401 with a Bearer challenge for a missing, unknown or revoked token, or one whose owner has gone", async () => {
    const { la, lead, secret, token } = await setUp();
    for (const auth of [undefined, "fhsl_not-a-real-token", `Basic ${Buffer.from("a:b").toString("base64")}`]) {
      const response = await call("GET", { gss: la.gssCode, secret: auth?.startsWith("Basic") ? undefined : auth, headers: auth?.startsWith("Basic") ? { Authorization: auth } : {} });
      expect(response.status).toBe(401);
      expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer /);
      expect((await response.json()).errors[0]).toMatchObject({ code: "unauthenticated" });
    }
    await revokeApiToken({ db, actor: lead, localAuthorityGss: la.gssCode, tokenId: token.id });
    expect((await call("GET", { gss: la.gssCode, secret })).status).toBe(401);
    await expect(revokeApiToken({ db, actor: lead, localAuthorityGss: la.gssCode, tokenId: token.id })).rejects.toMatchObject({ code: "CONFLICT" });

    const second = await createApiToken({ db, actor: lead, localAuthorityGss: la.gssCode, name: "Second" });
    expect((await call("GET", { gss: la.gssCode, secret: second.secret })).status).toBe(200);
    await db.user.update({ where: { id: lead.id }, data: { deactivatedAt: new Date() } });
    expect((await call("GET", { gss: la.gssCode, secret: second.secret })).status).toBe(401);
  });

  it("answers 404 for another LA's code or an unknown period, and leaves the other LA untouched", async () => {
    const a = await setUp();
    const b = await setUp();
    // Attack: LA A's system writes to LA B's return with A's token.
    const response = await put(b.la.gssCode, a.secret, { [STAFF]: 99 });
    expect(response.status).toBe(404);
    expect((await call("GET", { gss: b.la.gssCode, secret: a.secret })).status).toBe(404);
    expect(await db.submission.count({ where: { localAuthorityGss: b.la.gssCode, kind: "DELIVERY_RETURN" } })).toBe(0);
    expect((await call("GET", { gss: a.la.gssCode, secret: a.secret, period: "2031-32-Q9" })).status).toBe(404);
  });

  it("answers 409 once the return is no longer a draft, and 409 before the plan is approved", async () => {
    const { la, secret } = await setUp();
    await put(la.gssCode, secret, { [STAFF]: 12 });
    await db.submission.updateMany({ where: { localAuthorityGss: la.gssCode, kind: "DELIVERY_RETURN" }, data: { status: "SUBMITTED" } });
    const response = await put(la.gssCode, secret, { [STAFF]: 13 });
    expect(response.status).toBe(409);
    expect((await response.json()).errors[0]).toMatchObject({ code: "not-draft" });

    const lead = await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: (await createLocalAuthority(db)).gssCode });
    const noPlan = await createApiToken({ db, actor: lead, localAuthorityGss: lead.localAuthorityGss!, name: "x" });
    expect((await put(lead.localAuthorityGss!, noPlan.secret, { [STAFF]: 1 })).status).toBe(409);
  });

  it("makes a PUT conditional with If-Match on the section version (412 when stale)", async () => {
    const { la, secret } = await setUp();
    await put(la.gssCode, secret, { [STAFF]: 12 });
    expect((await put(la.gssCode, secret, { [STAFF]: 13 }, { "If-Match": '"1"' })).status).toBe(200);
    const stale = await put(la.gssCode, secret, { [STAFF]: 14 }, { "If-Match": '"1"' });
    expect(stale.status).toBe(412);
    expect((await stale.json()).errors[0]).toMatchObject({ code: "version-mismatch" });
    expect((await put(la.gssCode, secret, { [STAFF]: 14 }, { "If-Match": "*" })).status).toBe(200);
  });

  it("answers 415, 400 and 413 for the wrong content type, malformed JSON and a body over 1 MB", async () => {
    const { la, secret } = await setUp();
    expect((await call("PUT", { gss: la.gssCode, secret, body: "a=1", headers: { "Content-Type": "application/x-www-form-urlencoded" } })).status).toBe(415);
    const malformed = await call("PUT", { gss: la.gssCode, secret, body: '{"metrics": {' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0]).toMatchObject({ code: "malformed-json" });
    const huge = JSON.stringify({ metrics: { [STAFF]: 1 }, padding: "x".repeat(MAX_BODY_HINT + 10) });
    expect((await call("PUT", { gss: la.gssCode, secret, body: huge })).status).toBe(413);
  });

  it("lets only the LA's commissioning lead manage its tokens", async () => {
    const { la, lead, token } = await setUp();
    const contributor = await createUser(db, "LA_CONTRIBUTOR", { localAuthorityGss: la.gssCode });
    const otherLead = await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: (await createLocalAuthority(db)).gssCode });
    for (const actor of [contributor, otherLead]) {
      await expect(createApiToken({ db, actor, localAuthorityGss: la.gssCode, name: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(revokeApiToken({ db, actor, localAuthorityGss: la.gssCode, tokenId: token.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listApiTokens({ db, actor, localAuthorityGss: la.gssCode })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await listApiTokens({ db, actor: lead, localAuthorityGss: la.gssCode })).map((t) => t.id)).toEqual([token.id]);
  });

  it("works through the route handlers themselves", async () => {
    const { la, secret } = await setUp();
    const url = `http://portal.test/api/v1/local-authorities/${la.gssCode}/returns/${PERIOD}/metrics`;
    const params = Promise.resolve({ gssCode: la.gssCode, period: PERIOD });
    const saved = await route.PUT(new Request(url, { method: "PUT", headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" }, body: JSON.stringify({ metrics: { [STAFF]: 7 } }) }), { params });
    expect(saved.status).toBe(200);
    const read = await route.GET(new Request(url, { headers: { Authorization: `Bearer ${secret}` } }), { params });
    expect(await read.json()).toMatchObject({ metrics: { [STAFF]: 7 } });
    expect((await route.GET(new Request(url), { params })).status).toBe(401);
  });
});
