import "server-only";
import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { issueCode, issueField } from "@/domain/submissions/schema-issues";
import { isDatabaseUnavailable } from "@/server/db/unavailable";
import { isAppError, type ErrorCode } from "@/server/errors";

// The JSON API's one error shape, `{ "errors": [{ "path", "code", "message" }], "warnings": [...] }`,
// for rule problems, protocol problems (400, 401, 412, 413, 415) and the engine's AppErrors alike.
// Paths use the same field names as the portal's forms and rules, e.g. `metrics[family-hubs.hubs-open]`.

export interface ApiIssue {
  path: string;
  code: string;
  message: string;
}

/** A problem with the request itself, before any rule is applied. */
export class ApiProblem extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 412 | 413 | 415 | 422,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = "ApiProblem";
  }
}

const APP_ERROR_CODES: Record<ErrorCode, string> = {
  NOT_FOUND: "not-found",
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  INVALID_INPUT: "invalid",
  CONFLICT: "conflict",
  DEADLINE_PASSED: "deadline-passed",
  RATE_LIMITED: "rate-limited",
  UNAVAILABLE: "unavailable",
};

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function errorBody(errors: ApiIssue[], warnings: ApiIssue[] = []) {
  return { errors, warnings };
}

/** Zod issues as API issues, each with the rule's own code where the schema gave one. */
export function issuesFromZod(error: ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({ path: issueField(issue), code: issueCode(issue, issue.code), message: issue.message }));
}

const BEARER_CHALLENGE = 'Bearer realm="family-hubs-portal"';

/** Any error as the API's answer. Unexpected ones are logged with a reference and never described. */
export function errorToResponse(error: unknown): Response {
  if (error instanceof ApiProblem) {
    const issues = error.issues.length ? error.issues : [{ path: "", code: error.code, message: error.message }];
    const headers: Record<string, string> = error.status === 401 ? { "WWW-Authenticate": `${BEARER_CHALLENGE}, error="invalid_token"` } : {};
    return jsonResponse(error.status, errorBody(issues), headers);
  }
  if (isAppError(error)) {
    const headers: Record<string, string> = error.code === "UNAUTHENTICATED" ? { "WWW-Authenticate": BEARER_CHALLENGE } : {};
    return jsonResponse(error.status, errorBody([{ path: "", code: APP_ERROR_CODES[error.code], message: error.message }]), headers);
  }
  if (error instanceof ZodError) return jsonResponse(422, errorBody(issuesFromZod(error)));
  // The database is down or restarting: a 503 the client can retry, not an "internal error" (issue 8, part 4).
  if (isDatabaseUnavailable(error)) {
    console.warn(`API answered 503: the database is unavailable (${error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error)})`);
    return jsonResponse(503, errorBody([{ path: "", code: APP_ERROR_CODES.UNAVAILABLE, message: "The portal cannot reach its database at the moment. Try again in a few seconds, after a GET to see whether your last change was saved." }]), { "Retry-After": "5" });
  }
  const reference = randomUUID();
  console.error(`API error ${reference}`, error);
  return jsonResponse(500, errorBody([{ path: "", code: "internal-error", message: `Something went wrong on our side. Quote reference ${reference} if you contact us.` }]));
}
