import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, APIResponse } from "@playwright/test";

// The pages under test come from the file system (src/app/**/page.tsx) at test time, so a page added
// tomorrow is swept without anyone listing it. Each dynamic segment is mapped to demo data below; a
// segment this file does not know fails the sweep, so whoever adds the route adds its mapping here.

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const APP_DIR = path.join(ROOT, "src/app");
const PAGE_FILES = ["page.tsx", "page.ts", "page.jsx", "page.js", "page.mdx"];

export const DEMO_PASSWORD = "FamilyHubs-demo-2026";
export const BLACKPOOL = "E06000009"; // approved plan, four approved returns: the FILLED state
export const BARKING = "E09000002"; // no plan at all: the EMPTY state
export const BARNSLEY = "E08000016"; // a draft plan with problems to fix: editable forms with content
export const BLACKBURN = "E06000008"; // a North West LA without demo data: the adviser's EMPTY state
export const BOLTON = "E08000001"; // the keyboard journey's; the sweep never visits it

export interface RoutePattern {
  /** e.g. /local-authorities/[gssCode]/plan/hubs/[index] */
  pattern: string;
  segments: string[];
}

/** Every page route in src/app, route groups and parallel-route slots left out of the URL. */
export function pageRoutes(): RoutePattern[] {
  const routes: RoutePattern[] = [];
  const walk = (dir: string, segments: string[]) => {
    if (PAGE_FILES.some((f) => existsSync(path.join(dir, f)))) {
      routes.push({ pattern: "/" + segments.join("/"), segments });
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith("_")) continue; // _private folders are not routes
      const urlPart = /^\(.*\)$/.test(entry.name) || entry.name.startsWith("@") ? [] : [entry.name];
      walk(path.join(dir, entry.name), [...segments, ...urlPart]);
    }
  };
  walk(APP_DIR, []);
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

export function isDynamic(segment: string): boolean {
  return segment.startsWith("[") && segment.endsWith("]");
}

export function routeIsLaScoped(route: RoutePattern): boolean {
  return route.segments.includes("[gssCode]");
}

/** Static folders next to a dynamic one (e.g. "add" next to "[index]"): never taken for its value. */
function staticSiblings(route: RoutePattern, index: number): string[] {
  const dir = path.join(APP_DIR, ...route.segments.slice(0, index));
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !isDynamic(e.name))
    .map((e) => e.name);
}

/** What a resolver can use: the LA of this state, and HTML as this role (or as a named demo user). */
export interface ResolveContext {
  gss: string;
  html(url: string, asEmail?: string): Promise<string>;
  /** Makes a record the page needs (an API token, an invitation) when the demo data has none. */
  fixtures: Fixtures;
}

export interface Fixtures {
  invitationToken(): Promise<string | undefined>;
  apiTokenId(gss: string): Promise<string | undefined>;
}

interface SegmentInput {
  ctx: ResolveContext;
  /** The concrete URL of the folder holding the dynamic segment, e.g. /local-authorities/E06000009/returns. */
  parentUrl: string;
  /** The static segment before it ("returns", "grant-statements"...). */
  previous: string | undefined;
  siblings: string[];
}

type Resolver = (input: SegmentInput) => Promise<string[]>;

/** Values found in links on the parent page: href="<parentUrl>/<value>[/?#"]. */
export function linkedValues(html: string, parentUrl: string, siblings: string[]): string[] {
  const escaped = parentUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new Set<string>();
  for (const m of html.matchAll(new RegExp(`href="${escaped}/([^/?#"]+)`, "g"))) {
    const value = decodeURIComponent(m[1]!);
    if (!siblings.includes(value)) found.add(value);
  }
  return [...found];
}

async function discovered(input: SegmentInput, fallback: string[], limit: number, asEmail?: string): Promise<string[]> {
  const values = linkedValues(await input.ctx.html(input.parentUrl, asEmail), input.parentUrl, input.siblings);
  return values.length ? values.slice(0, limit) : fallback;
}

/**
 * Every dynamic segment the portal uses, mapped to demo data. Add a line here when you add a route with a
 * new segment name (the sweep fails until you do).
 */
export const SEGMENTS: Record<string, Resolver> = {
  // The LA of the state under test: the role's own, or for national roles an LA with (or without) data.
  "[gssCode]": async ({ ctx }) => [ctx.gss],
  // A quarterly return ("2023-24-Q4") or a grant period ("2023-24-interim"), as the LA's own list links them.
  "[periodId]": async (input) => {
    if (input.previous === "grant-statements") return discovered(input, ["2023-24-interim"], 1);
    if (input.previous === "returns") {
      const linked = await discovered(input, [], 3);
      return [...new Set(["2023-24-Q4", ...linked])].slice(0, 2);
    }
    throw new Error(`No demo value for [periodId] after "${input.previous}": add one in hardening/a11y/routes.ts`);
  },
  // Submissions waiting for review, as the reviewer's queue links them (each kind renders differently).
  "[submissionId]": async (input) => discovered(input, ["no-such-submission"], 3, "reviewer@education.example.gov.uk"),
  "[strand]": async (input) => discovered(input, ["family-hubs"], 1),
  "[index]": async () => ["0"],
  "[group]": async (input) => discovered(input, ["programme"], 2),
  "[section]": async (input) => discovered(input, ["commitments"], 10),
  // An invitation made for the sweep (the set-password form), and an unknown one (the expired page).
  "[token]": async ({ ctx }) => [...[await ctx.fixtures.invitationToken()].filter((t): t is string => !!t), "unknown-invitation-token"],
  "[tokenId]": async ({ ctx }) => [(await ctx.fixtures.apiTokenId(ctx.gss)) ?? "no-such-token"],
};

/** The concrete URLs for one route in one state (at most a few per route). Throws on an unknown segment. */
export async function concreteUrls(route: RoutePattern, ctx: ResolveContext): Promise<string[]> {
  let prefixes = [""];
  for (const [i, segment] of route.segments.entries()) {
    if (!isDynamic(segment)) {
      prefixes = prefixes.map((p) => `${p}/${segment}`);
      continue;
    }
    const resolver = SEGMENTS[segment];
    if (!resolver) {
      throw new Error(`Route ${route.pattern} has a dynamic segment ${segment} with no demo value: map it in hardening/a11y/routes.ts (SEGMENTS)`);
    }
    const next: string[] = [];
    for (const parentUrl of prefixes) {
      const previous = route.segments[i - 1];
      const values = await resolver({ ctx, parentUrl, previous: previous && !isDynamic(previous) ? previous : undefined, siblings: staticSiblings(route, i) });
      next.push(...values.map((v) => `${parentUrl}/${encodeURIComponent(v)}`));
    }
    prefixes = next.slice(0, 12);
  }
  return prefixes.map((p) => p || "/");
}

/**
 * A GET that is sent once more when the server hung up on a pooled connection. Playwright's request context keeps
 * idle sockets past the server's keep-alive timeout (microsoft/playwright#42698), so the first request after a
 * long axe run can meet a socket the server has just closed. The server never read that request, so sending it
 * again repeats nothing.
 */
export async function getWithReconnect(request: APIRequestContext, url: string): Promise<APIResponse> {
  try {
    return await request.get(url, { failOnStatusCode: false });
  } catch (error) {
    if (!/ECONNRESET|socket hang up|other side closed/i.test(String(error))) throw error;
    return request.get(url, { failOnStatusCode: false });
  }
}

/** Signs an API request context in through next-auth's credentials endpoint. */
export async function signInRequest(request: APIRequestContext, email: string): Promise<void> {
  const csrf = await getWithReconnect(request, "/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { email, password: DEMO_PASSWORD, csrfToken, json: "true" } });
  if (!response.ok()) throw new Error(`sign in as ${email}: ${response.status()}`);
}
