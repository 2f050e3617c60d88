import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { request as playwrightRequest, type Browser, type Page, type TestInfo } from "@playwright/test";
import { BARKING, BARNSLEY, BLACKBURN, BLACKPOOL, getWithReconnect, signInRequest, type Fixtures, type ResolveContext } from "./routes";

// What the sweep checks, as whom, and the axe run it makes on each page state.

/** The same rules as e2e/support/axe.ts: WCAG 2.0, 2.1 and 2.2 A and AA. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export type StateKind = "empty" | "filled" | "signed-out";

export interface SweepState {
  id: string;
  kind: StateKind;
  email?: string;
  gss: string;
  /** Pages outside any LA (dashboard, catalogue...) are checked once per role, with the filled state. */
  includeNonLa: boolean;
}

const LA_ROLES = ["lead", "contributor", "accountable", "finance"] as const;
const NATIONAL = [
  { role: "reviewer", email: "reviewer@education.example.gov.uk", empty: BARKING },
  { role: "admin", email: "admin@education.example.gov.uk", empty: BARKING },
  // Barking and Dagenham is in London, outside the adviser's region: their empty LA is in the North West.
  { role: "adviser", email: "adviser.northwest@education.example.gov.uk", empty: BLACKBURN },
];

export const STATES: SweepState[] = [
  ...LA_ROLES.flatMap((role): SweepState[] => [
    { id: `${role}-empty`, kind: "empty", email: `${role}@barking-dagenham.example.gov.uk`, gss: BARKING, includeNonLa: false },
    { id: `${role}-filled`, kind: "filled", email: `${role}@blackpool.example.gov.uk`, gss: BLACKPOOL, includeNonLa: true },
  ]),
  // Editable forms with content: Barnsley's draft plan (with problems to fix).
  { id: "lead-draft", kind: "filled", email: "lead@barnsley.example.gov.uk", gss: BARNSLEY, includeNonLa: false },
  ...NATIONAL.flatMap(({ role, email, empty }): SweepState[] => [
    { id: `${role}-empty`, kind: "empty", email, gss: empty, includeNonLa: false },
    { id: `${role}-filled`, kind: "filled", email, gss: BLACKPOOL, includeNonLa: true },
  ]),
  { id: "signed-out", kind: "signed-out", gss: BLACKPOOL, includeNonLa: true },
];

export interface Violation {
  url: string;
  state: string;
  rule: string;
  help: string;
  targets: string[];
}

export async function axeViolations(page: Page, state: string): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => ({
    url: new URL(page.url()).pathname + new URL(page.url()).search,
    state,
    rule: v.id,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
}

export function describeViolations(violations: Violation[]): string {
  return violations.map((v) => `[${v.state}] ${v.url}: ${v.rule}: ${v.help} (${v.targets.join(", ")})`).join("\n");
}

export async function newSignedInPage(browser: Browser, baseURL: string, email?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  if (email) await signInRequest(page.request, email);
  return page;
}

/** Records made once per worker when the demo data lacks them. */
export function makeFixtures(browser: Browser, baseURL: string): Fixtures {
  let invitation: Promise<string | undefined> | undefined;
  const tokens = new Map<string, Promise<string | undefined>>();
  return {
    invitationToken: () => (invitation ??= createInvitation(browser, baseURL)),
    apiTokenId: (gss) => {
      // Only the filled state has a token to revoke; the empty LA keeps none.
      if (gss !== BLACKPOOL) return Promise.resolve(undefined);
      if (!tokens.has(gss)) tokens.set(gss, createApiToken(browser, baseURL));
      return tokens.get(gss)!;
    },
  };
}

async function createInvitation(browser: Browser, baseURL: string): Promise<string | undefined> {
  const admin = await newSignedInPage(browser, baseURL, "admin@education.example.gov.uk");
  try {
    const email = `a11y-${Date.now()}-${Math.floor(Math.random() * 1e6)}@blackpool.example.gov.uk`;
    await admin.goto("/admin/users/invite");
    await admin.getByLabel("Full name").fill("Accessibility Sweep");
    await admin.getByLabel("Email address").fill(email);
    await admin.getByLabel("Contributor", { exact: true }).check();
    await admin.getByLabel("Local authority").selectOption(BLACKPOOL);
    await admin.getByRole("button", { name: "Send invitation" }).click();
    await admin.waitForLoadState("networkidle");
    const outbox = await (await getWithReconnect(admin.request, "/admin/outbox")).text();
    const tokens = [...outbox.matchAll(/\/invitations\/([A-Za-z0-9_-]{16,})/g)].map((m) => m[1]!);
    return tokens.at(0);
  } finally {
    await admin.context().close();
  }
}

async function createApiToken(browser: Browser, baseURL: string): Promise<string | undefined> {
  const lead = await newSignedInPage(browser, baseURL, "lead@blackpool.example.gov.uk");
  const list = `/local-authorities/${BLACKPOOL}/api-tokens`;
  try {
    const ids = async () => [...(await (await getWithReconnect(lead.request, list)).text()).matchAll(/\/api-tokens\/([^/"?#]+)\/revoke/g)].map((m) => m[1]!);
    const existing = await ids();
    if (existing.length) return existing[0];
    await lead.goto(list);
    await lead.getByLabel("Name of the token").fill("Accessibility sweep");
    await lead.getByRole("button", { name: "Create token" }).click();
    await lead.waitForLoadState("networkidle");
    return (await ids()).at(0);
  } finally {
    await lead.context().close();
  }
}

/** HTML fetched with the state's cookies (or as another demo user, for discovery), cached for the test. */
export function resolveContext(page: Page, gss: string, fixtures: Fixtures, baseURL: string): ResolveContext {
  const cache = new Map<string, Promise<string>>();
  const others = new Map<string, Promise<import("@playwright/test").APIRequestContext>>();
  const as = (email: string) => {
    if (!others.has(email)) {
      others.set(
        email,
        playwrightRequest.newContext({ baseURL }).then(async (r) => {
          await signInRequest(r, email);
          return r;
        }),
      );
    }
    return others.get(email)!;
  };
  return {
    gss,
    fixtures,
    html(url, asEmail) {
      const key = `${asEmail ?? ""}|${url}`;
      if (!cache.has(key)) {
        cache.set(
          key,
          (async () => {
            const r = asEmail ? await as(asEmail) : page.request;
            const response = await getWithReconnect(r, url);
            return response.ok() ? response.text() : "";
          })(),
        );
      }
      return cache.get(key)!;
    },
  };
}

// ---- Forms seen by the page pass, submitted empty by the error pass ----

export interface SeenForm {
  state: string;
  url: string;
  pattern: string;
  /** Method, action and field names: the same form seen by two roles is submitted once. */
  signature: string;
  /** Position among the page's candidate forms. */
  index: number;
}

/**
 * Forms worth submitting empty: a submit button that is not sign-out, and at least one field a person fills in
 * (forms of buttons alone, such as "Send for sign-off" or "Remove", would change state and show no error).
 * GET forms (filters, search) have no error state.
 */
export async function candidateForms(page: Page): Promise<{ index: number; signature: string }[]> {
  return page.evaluate(() => {
    const out: { index: number; signature: string }[] = [];
    let index = 0;
    for (const form of Array.from(document.querySelectorAll("form"))) {
      const submit = form.querySelector('button:not([type="button"]):not([type="reset"]), input[type="submit"]');
      if (!submit) continue;
      const label = (submit.textContent || (submit as HTMLInputElement).value || "").trim().toLowerCase();
      if (label.includes("sign out")) continue;
      const actionAttr = form.getAttribute("action") ?? "";
      if (actionAttr.includes("/api/auth/signout")) continue;
      if ((form.getAttribute("method") ?? "").toLowerCase() === "get") continue;
      const fields = Array.from(form.querySelectorAll("input, textarea, select")).filter((el) => {
        const type = (el.getAttribute("type") ?? "").toLowerCase();
        return !["hidden", "submit", "button", "reset", "image"].includes(type) && !(el as HTMLInputElement).disabled;
      });
      if (fields.length === 0) continue;
      const names = [...new Set(fields.map((f) => f.getAttribute("name") ?? f.id))].sort();
      out.push({ index: index++, signature: `${actionAttr.startsWith("javascript:") ? "server-action" : actionAttr}|${label}|${names.join(",")}` });
    }
    return out;
  });
}

/**
 * The page's title and <main>, without what changes on every render (hidden tokens, the RSC payload): two
 * roles or two URLs that render the same content are checked once in the whole run. The header and footer,
 * which differ by role only in their links, are checked on each state's first page.
 */
export async function pageFingerprint(page: Page): Promise<string> {
  const html = await page.evaluate(() => {
    const body = (document.querySelector("main") ?? document.body).cloneNode(true) as HTMLElement;
    body.querySelectorAll("script, template, next-route-announcer").forEach((e) => e.remove());
    body.querySelectorAll('input[type="hidden"]').forEach((e) => e.removeAttribute("value"));
    return `${document.title}\n${body.outerHTML}`;
  });
  return createHash("sha256").update(html).digest("hex").slice(0, 32);
}

/** True the first time any test in this run claims the fingerprint (an atomic create in the output folder). */
export function claimFingerprint(testInfo: TestInfo, fingerprint: string): boolean {
  const dir = path.join(testInfo.project.outputDir, "a11y-fingerprints");
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(path.join(dir, fingerprint), "", { flag: "wx" });
    return true;
  } catch {
    return false;
  }
}

function formsDir(testInfo: TestInfo): string {
  // Inside the output folder, which Playwright empties at the start of every run.
  return path.join(testInfo.project.outputDir, "a11y-forms");
}

export function saveSeenForms(testInfo: TestInfo, state: string, forms: SeenForm[]): void {
  const dir = formsDir(testInfo);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${state}.json`), JSON.stringify(forms, null, 1));
}

export function loadSeenForms(testInfo: TestInfo): SeenForm[] {
  const dir = formsDir(testInfo);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  return files.flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as SeenForm[]);
}

/** Each distinct form (route + signature) is submitted once, by the first state (in STATES order) that saw it. */
export function formsFor(state: string, all: SeenForm[]): SeenForm[] {
  const order = new Map(STATES.map((s, i) => [s.id, i]));
  const owner = new Map<string, SeenForm>();
  for (const form of [...all].sort((a, b) => (order.get(a.state) ?? 99) - (order.get(b.state) ?? 99))) {
    const key = `${form.pattern}|${form.signature}|${STATES.find((s) => s.id === form.state)?.kind}`;
    if (!owner.has(key)) owner.set(key, form);
  }
  return [...owner.values()].filter((f) => f.state === state);
}
