// HTTP as the portal's users drive it: fetch with a hard timeout, a cookie jar per user, the
// credentials sign-in, and no-JavaScript form posts (a server action form submitted the way a
// browser without JavaScript submits it: multipart, to the page's own URL, hidden fields included).
// Every request is recorded with its kind, status and time for the report.

export const REQUEST_TIMEOUT_MS = 30_000;

export interface Sample {
  kind: string;
  status: number;
  ms: number;
  at: number;
  /** "timeout", "network" or undefined for an answered request. */
  failure?: "timeout" | "network";
  detail?: string;
}

export class Recorder {
  readonly samples: Sample[] = [];
  push(sample: Sample): void {
    this.samples.push(sample);
  }
}

export interface Client {
  base: string;
  recorder: Recorder;
  /** Stands for the user's own network address, so per-address limits see one client per user. */
  forwardedFor: string;
  cookies: Map<string, string>;
}

export function newClient(base: string, recorder: Recorder, forwardedFor: string): Client {
  return { base, recorder, forwardedFor, cookies: new Map() };
}

function cookieHeader(client: Client): string {
  return [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

function keepCookies(client: Client, response: Response): void {
  for (const raw of response.headers.getSetCookie()) {
    const pair = raw.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) client.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

export interface Answer {
  status: number;
  text: string;
  headers: Headers;
  ms: number;
}

/** One request, recorded. Never throws: a timeout or network failure is status 0 with `failure` set. */
export async function request(
  client: Client,
  kind: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit; timeoutMs?: number } = {},
): Promise<Answer> {
  const started = performance.now();
  const at = Date.now();
  const headers: Record<string, string> = { "X-Forwarded-For": client.forwardedFor, ...init.headers };
  if (client.cookies.size) headers.Cookie = cookieHeader(client);
  try {
    const response = await fetch(`${client.base}${path}`, {
      method: init.method ?? "GET",
      headers,
      body: init.body,
      redirect: "manual",
      signal: AbortSignal.timeout(init.timeoutMs ?? REQUEST_TIMEOUT_MS),
    });
    keepCookies(client, response);
    const text = await response.text();
    const ms = performance.now() - started;
    client.recorder.push({ kind, status: response.status, ms, at });
    return { status: response.status, text, headers: response.headers, ms };
  } catch (error) {
    const ms = performance.now() - started;
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    const detail = error instanceof Error ? `${error.name}: ${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}` : String(error);
    client.recorder.push({ kind, status: 0, ms, at, failure: timedOut ? "timeout" : "network", detail });
    return { status: 0, text: detail, headers: new Headers(), ms };
  }
}

/** Signs in through next-auth's credentials endpoint, as e2e/support/auth.ts does. */
export async function signIn(client: Client, email: string, password: string): Promise<void> {
  const csrf = await request(client, "sign-in", "/api/auth/csrf");
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const answer = await request(client, "sign-in", "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }).toString(),
  });
  if (![...client.cookies.keys()].some((k) => k.endsWith("next-auth.session-token"))) {
    throw new Error(`Signing in as ${email} failed (${answer.status}): ${answer.text.slice(0, 200)}`);
  }
}

// ---- No-JavaScript forms ---------------------------------------------------------------------

export interface HtmlForm {
  /** Every successful control's name and value, as a browser would send them without a submit button. */
  fields: [string, string][];
  /** Named submit buttons and their values. */
  buttons: { name: string; value: string; text: string }[];
  /** Visible text of the form's buttons, to pick the right form on a page with several. */
  buttonTexts: string[];
  html: string;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&");
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=<>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    const name = m[1]?.toLowerCase();
    if (!name || name.startsWith("<")) continue;
    attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attrs;
}

const stripTags = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();

/** The forms of a server-rendered page (React's markup: no nested forms, attributes quoted). */
export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const match of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/gi)) {
    const body = match[1] ?? "";
    const fields: [string, string][] = [];
    for (const input of body.matchAll(/<input\b[^>]*>/gi)) {
      const a = attributes(input[0].slice(6));
      const name = a.get("name");
      const type = (a.get("type") ?? "text").toLowerCase();
      if (!name || a.has("disabled") || ["submit", "button", "image", "reset", "file"].includes(type)) continue;
      if ((type === "checkbox" || type === "radio") && !a.has("checked")) continue;
      fields.push([name, a.get("value") ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
    }
    for (const area of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
      const a = attributes(area[1] ?? "");
      const name = a.get("name");
      if (name && !a.has("disabled")) fields.push([name, decodeEntities(area[2] ?? "").replace(/^\n/, "")]);
    }
    for (const select of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const a = attributes(select[1] ?? "");
      const name = a.get("name");
      if (!name || a.has("disabled")) continue;
      const options = [...(select[2] ?? "").matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map((o) => ({ a: attributes(o[1] ?? ""), text: stripTags(o[2] ?? "") }));
      const chosen = options.find((o) => o.a.has("selected")) ?? options[0];
      if (chosen) fields.push([name, chosen.a.get("value") ?? chosen.text]);
    }
    const buttons: HtmlForm["buttons"] = [];
    const buttonTexts: string[] = [];
    for (const button of body.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/gi)) {
      const a = attributes(button[1] ?? "");
      const text = stripTags(button[2] ?? "");
      if ((a.get("type") ?? "submit") !== "submit") continue;
      buttonTexts.push(text);
      const name = a.get("name");
      if (name) buttons.push({ name, value: a.get("value") ?? "", text });
    }
    forms.push({ fields, buttons, buttonTexts, html: match[0] });
  }
  return forms;
}

/** The form whose submit button says `buttonText`. */
export function formWithButton(html: string, buttonText: string): HtmlForm | undefined {
  return parseForms(html).find((f) => f.buttonTexts.some((t) => t.includes(buttonText)));
}

export function fieldValue(form: HtmlForm, name: string): string | undefined {
  return form.fields.find(([n]) => n === name)?.[1];
}

/**
 * Submits a form as a browser without JavaScript does: multipart to the page's URL (React renders
 * server-action forms with an empty action), with `overrides` replacing or adding fields.
 */
export async function submitForm(client: Client, kind: string, pagePath: string, form: HtmlForm, overrides: Record<string, string> = {}, button?: { name: string; value: string }): Promise<Answer> {
  const data = new FormData();
  const overridden = new Set(Object.keys(overrides));
  for (const [name, value] of form.fields) if (!overridden.has(name)) data.append(name, value);
  for (const [name, value] of Object.entries(overrides)) data.append(name, value);
  if (button) data.append(button.name, button.value);
  return request(client, kind, pagePath, { method: "POST", body: data, headers: { Origin: client.base } });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
