import { readdirSync } from "node:fs";
import path from "node:path";
import type { Victim } from "../isolation/world";

// Every URL the app answers, found on disk: each src/app/**/page.tsx and route.ts. Dynamic segments are
// filled from SEGMENT_VALUES below; a segment with no entry there fails the suite, so whoever adds a
// route with a new kind of id must say how to point it at another LA's record.

const APP_DIR = path.resolve(import.meta.dirname, "../../src/app");

export interface AppRoute {
  /** "src/app/…/page.tsx" */
  file: string;
  kind: "page" | "route";
  /** URL pattern with the segments as on disk, e.g. /local-authorities/[gssCode]/plan */
  pattern: string;
  segments: string[];
}

export interface PreparedServer {
  victims: Victim[];
  /** Values for segments that do not name a record: "name" or "parent/[name]" → value. */
  segments: Record<string, string>;
}

export function appRoutes(): AppRoute[] {
  return readdirSync(APP_DIR, { recursive: true, encoding: "utf8" })
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => /(^|\/)(page\.tsx|route\.ts)$/.test(f))
    .sort()
    .map((file) => {
      const dirs = file.split("/").slice(0, -1).filter((d) => !/^\(.*\)$/.test(d) && !d.startsWith("@"));
      return { file: `src/app/${file}`, kind: file.endsWith("route.ts") ? "route" : "page", pattern: `/${dirs.join("/")}`, segments: dirs } as AppRoute;
    });
}

/** Pages and APIs anyone may read without signing in. Listed by hand: a new public page is a decision. */
export const PUBLIC_PATTERNS = new Set([
  "/",
  "/accessibility",
  "/catalogue",
  "/cookies",
  "/privacy",
  "/feedback",
  "/sign-in",
  "/invitations/[token]",
  "/api/health",
  "/api/v1/catalogue",
  "/api/auth/[...nextauth]",
]);

/**
 * Segments that name one LA's records: a URL with any of these belongs to the victim LA. (A period alone
 * names no LA: /exports/period/[periodId] is a programme-wide export, scoped to the reader's LAs, so it is
 * an overview, held to "never shows the victim".)
 */
const RECORD_SEGMENTS = new Set(["gssCode", "submissionId", "tokenId"]);

export type RouteScope = "public" | "la-scoped" | "overview";

export function scopeOf(route: AppRoute): RouteScope {
  if (PUBLIC_PATTERNS.has(route.pattern)) return "public";
  return route.segments.some((s) => RECORD_SEGMENTS.has(dynamicName(s) ?? "")) ? "la-scoped" : "overview";
}

function dynamicName(segment: string): string | null {
  const m = /^\[\[?(\.\.\.)?([^\]]+)\]\]?$/.exec(segment);
  return m ? `${m[1] ?? ""}${m[2]}` : null;
}

export class UnknownSegmentError extends Error {}

/**
 * The concrete URLs of a route aimed at one victim LA. [submissionId] expands to each of the victim's
 * submissions (that kind's pages only where the route says so); every other segment has one value.
 */
export function urlsFor(route: AppRoute, victim: Victim, prepared: PreparedServer): string[] {
  let urls: string[] = [""];
  route.segments.forEach((segment, i) => {
    const name = dynamicName(segment);
    if (!name) {
      urls = urls.map((u) => `${u}/${segment}`);
      return;
    }
    const parent = route.segments[i - 1] ?? "";
    const values = valuesFor(name, parent, route, victim, prepared);
    if (values === null) throw new UnknownSegmentError(`${route.file}: no substitution for the dynamic segment ${segment} (after "${parent}"). Add one to hardening/support/app-routes.ts.`);
    urls = urls.flatMap((u) => values.map((v) => `${u}/${encodeURIComponent(v)}`));
  });
  return urls.map((u) => u || "/");
}

function valuesFor(name: string, parent: string, route: AppRoute, victim: Victim, prepared: PreparedServer): string[] | null {
  const returnPeriod = victim.submissions.filter((s) => s.kind === "DELIVERY_RETURN").at(-1)?.periodKey ?? victim.openPeriodId;
  switch (`${parent}/[${name}]`) {
    case "returns/[periodId]":
      return [returnPeriod];
    case "grant-statements/[periodId]":
      return [victim.grantPeriodId];
    case "period/[periodId]":
      return [`${returnPeriod}.xlsx`];
  }
  switch (name) {
    case "gssCode":
      return [victim.gssCode];
    case "period":
      return [victim.openPeriodId];
    case "submissionId":
      return victim.submissions.map((s) => s.id);
    case "tokenId":
      return victim.apiTokenIds.length ? victim.apiTokenIds : ["00000000-0000-0000-0000-000000000000"];
  }
  const fixed = prepared.segments[`${parent}/[${name}]`] ?? prepared.segments[name];
  return fixed === undefined ? null : [fixed];
}
