import { isAppError } from "@/server/errors";

// What a server action did, from the outside: how Next would answer the browser.

export type Outcome =
  | { kind: "not-found"; detail: string }
  | { kind: "sign-in"; detail: string }
  | { kind: "refused-state"; detail: string }
  | { kind: "redirect"; detail: string }
  | { kind: "app-error"; detail: string; code: string }
  | { kind: "returned"; detail: string; value: unknown }
  | { kind: "threw"; detail: string; error: unknown };

const REFUSED_STATUSES = new Set(["invalid", "refused", "conflict", "not-saved", "idle"]);

function digestOf(error: unknown): string | undefined {
  return error && typeof error === "object" && "digest" in error && typeof (error as { digest: unknown }).digest === "string" ? (error as { digest: string }).digest : undefined;
}

export function classifyError(error: unknown): Outcome {
  const digest = digestOf(error);
  if (digest?.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "not-found", detail: "notFound()" };
  if (digest?.startsWith("NEXT_REDIRECT")) {
    const url = digest.split(";")[2] ?? "";
    return url.startsWith("/sign-in") ? { kind: "sign-in", detail: `redirect ${url}` } : { kind: "redirect", detail: `redirect ${url}` };
  }
  if (isAppError(error)) {
    if (error.code === "NOT_FOUND") return { kind: "not-found", detail: `AppError NOT_FOUND: ${error.message}` };
    return { kind: "app-error", code: error.code, detail: `AppError ${error.code}: ${error.message}` };
  }
  return { kind: "threw", detail: error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error), error };
}

export function classifyValue(value: unknown): Outcome {
  if (value === null || value === undefined) return { kind: "refused-state", detail: String(value) };
  if (typeof value === "object" && "status" in value && typeof (value as { status: unknown }).status === "string") {
    const status = (value as { status: string }).status;
    if (REFUSED_STATUSES.has(status)) return { kind: "refused-state", detail: `${status}: ${JSON.stringify(value).slice(0, 300)}` };
  }
  return { kind: "returned", detail: JSON.stringify(value)?.slice(0, 300) ?? String(value), value };
}

export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return classifyValue(await run());
  } catch (error) {
    return classifyError(error);
  }
}

/** Refused as Next answers another LA's data: the 404 page, or the sign-in page for no session. */
export const isNotFoundOrSignIn = (o: Outcome) => o.kind === "not-found" || o.kind === "sign-in";
