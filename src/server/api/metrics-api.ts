import "server-only";
import { z } from "zod";
import { periodById } from "@/catalogue/calendar";
import type { Issue } from "@/domain/submissions/types";
import { ZReturnMetrics } from "@/schemas/return/metrics";
import type { Db } from "@/server/db/client";
import { AppError, notFoundError } from "@/server/errors";
import { returnContextFor, returnKindServer } from "@/server/returns/return-kind";
import { documentOf, findLatestRevision, sectionVersions, type LoadedSubmission } from "@/server/submissions/load-submission";
import { saveReturnSection } from "@/server/returns/return-workflow";
import { startReturn } from "@/server/returns/start-return";
import { authenticateToken, type ApiPrincipal } from "./authenticate-token";
import { ApiProblem, errorBody, errorToResponse, issuesFromZod, jsonResponse, type ApiIssue } from "./errors-to-response";
import { readJsonBody } from "./read-json-body";

// GET and PUT /api/v1/local-authorities/{gssCode}/returns/{period}/metrics: the "metrics" section of a
// delivery return for LA systems. PUT replaces the section through the same engine as the portal's form
// (startReturn and saveReturnSection: prefill, the period's window, schema, compare-and-set on the section
// version, audit in the transaction), after the same rules the check-answers page applies; an error in
// any figure means nothing is saved.
//
// Concurrency: the section version is the ETag. `If-Match: "<version>"` (or `*`) makes the PUT
// conditional: a different version answers 412 and saves nothing. Without If-Match the PUT replaces
// whatever is stored; a save racing it still answers 409 rather than overwrite silently.

const SECTION = "metrics";

// JSON.parse keeps a "__proto__" key as data, but a zod record drops it without a word: refuse it first, as the
// unknown metric id it is.
const ZMetricsObject = z.preprocess(
  (raw, ctx) => {
    if (raw && typeof raw === "object" && Object.hasOwn(raw, "__proto__")) {
      ctx.addIssue({ code: "custom", path: ["__proto__"], message: 'We do not collect "__proto__". Remove it.', params: { code: "unknown-metric" } });
    }
    return raw;
  },
  z.record(z.string(), z.unknown(), { error: "Send the figures as an object keyed by metric id" }),
);
const ZPutBody = z.object({ metrics: ZMetricsObject }, { error: "Send a JSON object like { \"metrics\": { … } }" });

function apiIssue(issue: Issue): ApiIssue {
  return { path: issue.path, code: issue.code, message: issue.message };
}

function versionOf(submission: LoadedSubmission | null): number {
  return submission ? (sectionVersions(submission)[SECTION] ?? 0) : 0;
}

/** The request's token and the LA and period it names, or the refusal: another LA's code is "not found". */
async function resolve(db: Db, request: Request, gssCode: string, periodParam: string): Promise<{ principal: ApiPrincipal; periodId: string }> {
  const principal = await authenticateToken(db, request.headers.get("authorization"));
  if (gssCode !== principal.localAuthorityGss) throw notFoundError("That local authority");
  const period = periodById(periodParam);
  if (!period) throw notFoundError(`The reporting period "${periodParam}"`);
  return { principal, periodId: period.id };
}

async function describe(db: Db, submission: LoadedSubmission | null, gssCode: string, periodId: string, document = submission ? documentOf(submission) : {}) {
  const context = await returnContextFor(db, gssCode, periodId);
  const check = returnKindServer.definition.check(document, context);
  const metrics = (document[SECTION] as { metrics?: Record<string, unknown> } | undefined)?.metrics ?? {};
  return {
    body: {
      localAuthority: gssCode,
      period: periodId,
      status: submission?.status ?? "NOT_STARTED",
      revision: submission?.revision ?? null,
      version: versionOf(submission),
      metrics,
      warnings: check.warnings.filter((w) => w.sectionKey === SECTION).map(apiIssue),
    },
    errors: check.errors.filter((e) => e.sectionKey === SECTION).map(apiIssue),
    warnings: check.warnings.filter((w) => w.sectionKey === SECTION).map(apiIssue),
  };
}

const etag = (version: number) => `"${version}"`;

/** `*`, `"3"`, `W/"3"` or `3`; anything else can never match. */
function ifMatchAllows(header: string | null, version: number): boolean {
  if (header === null) return true;
  return header.split(",").some((raw) => {
    const tag = raw.trim().replace(/^W\//, "").replace(/^"(.*)"$/, "$1");
    return tag === "*" || (/^\d+$/.test(tag) && Number(tag) === version);
  });
}

export async function getMetrics({ db, request, gssCode, period }: { db: Db; request: Request; gssCode: string; period: string }): Promise<Response> {
  const { principal, periodId } = await resolve(db, request, gssCode, period);
  const submission = await findLatestRevision({ db, actor: principal.actor, kind: "DELIVERY_RETURN", localAuthorityGss: gssCode, periodKey: periodId });
  const { body } = await describe(db, submission, gssCode, periodId);
  return jsonResponse(200, body, { ETag: etag(body.version) });
}

export async function putMetrics({ db, request, gssCode, period }: { db: Db; request: Request; gssCode: string; period: string }): Promise<Response> {
  const { principal, periodId } = await resolve(db, request, gssCode, period);
  const json = await readJsonBody(request);
  const shape = ZPutBody.safeParse(json);
  if (!shape.success) return jsonResponse(422, errorBody(issuesFromZod(shape.error)));

  const submission = await startReturn({ db, actor: principal.actor, localAuthorityGss: gssCode, periodId });
  if (submission.status !== "DRAFT") {
    throw new ApiProblem(409, "not-draft", `The return for ${periodId} has been sent for sign-off or submitted, so its figures can no longer be changed.`);
  }
  const ifMatch = request.headers.get("if-match");
  const current = versionOf(submission);
  if (!ifMatchAllows(ifMatch, current)) {
    throw new ApiProblem(412, "version-mismatch", `The figures have changed since version ${ifMatch}: they are now at version ${current}. GET them again, then send yours.`);
  }

  // The section's own checks (type, bounds), then the return's rules over the figures as they would be.
  const parsed = ZReturnMetrics.safeParse(shape.data);
  if (!parsed.success) return jsonResponse(422, errorBody(issuesFromZod(parsed.error)));
  const proposed = { ...documentOf(submission), [SECTION]: parsed.data };
  const checked = await describe(db, submission, gssCode, periodId, proposed);
  if (checked.errors.length) return jsonResponse(422, errorBody(checked.errors, checked.warnings));

  const result = await saveReturnSection({ db, actor: principal.actor, submissionId: submission.id, sectionKey: SECTION, input: shape.data, expectedVersion: current });
  if (result.status === "invalid") {
    return jsonResponse(422, errorBody(Object.entries(result.fieldErrors).map(([path, message]) => ({ path, code: "invalid", message }))));
  }
  if (result.status === "conflict") {
    throw new ApiProblem(ifMatch === null ? 409 : 412, "conflict", "Someone else saved the figures at the same moment. GET them again, then send yours.");
  }
  const body = { ...checked.body, version: result.version, metrics: (result.data as { metrics: Record<string, unknown> }).metrics };
  return jsonResponse(200, body, { ETag: etag(result.version) });
}

const STATE_REFUSALS: Partial<Record<AppError["code"], string>> = { CONFLICT: "conflict", INVALID_INPUT: "not-accepting", DEADLINE_PASSED: "deadline-passed" };

/** The route handlers' one entry point: every error becomes the API's JSON answer. */
export async function handleMetricsRequest({ db, request, gssCode, period }: { db: Db; request: Request; gssCode: string; period: string }): Promise<Response> {
  try {
    if (request.method === "GET") return await getMetrics({ db, request, gssCode, period });
    if (request.method === "PUT") return await putMetrics({ db, request, gssCode, period });
    return jsonResponse(405, errorBody([{ path: "", code: "method-not-allowed", message: "Use GET or PUT." }]), { Allow: "GET, PUT" });
  } catch (error) {
    // The return's state refuses the write (not a draft, plan not approved, window not open or locked): 409.
    if (error instanceof AppError && STATE_REFUSALS[error.code]) return errorToResponse(new ApiProblem(409, STATE_REFUSALS[error.code] ?? "conflict", error.message));
    return errorToResponse(error);
  }
}
