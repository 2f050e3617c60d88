import { createHash } from "node:crypto";
import { buildCatalogueJson } from "@/catalogue/catalogue-json";
import { catalogueVersion } from "@/catalogue/version";

// Public guidance: no sign-in, and the same bytes for everyone, so HTTP caches may keep it.
//
// Not `dynamic = "force-static"`: Next then serves the body prerendered at build time without running this
// handler, so it cannot see If-None-Match or answer 304. The catalogue only changes with a deployment, so the
// body and its ETag are built once per process here, and each request just compares one header.
const BODY = JSON.stringify(buildCatalogueJson());
const ETAG = `"${catalogueVersion}-${createHash("sha256").update(BODY).digest("base64url").slice(0, 27)}"`;

const HEADERS = {
  "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
  ETag: ETAG,
} as const;

/** RFC 9110 weak comparison: `W/"x"` matches `"x"`, and `*` matches any current representation. */
function matchesEtag(ifNoneMatch: string | null): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const candidate = tag.trim();
    return candidate === "*" || candidate.replace(/^W\//, "") === ETAG;
  });
}

export function GET(request: Request): Response {
  if (matchesEtag(request.headers.get("if-none-match"))) {
    return new Response(null, { status: 304, headers: HEADERS });
  }
  return new Response(BODY, { status: 200, headers: { ...HEADERS, "Content-Type": "application/json; charset=utf-8" } });
}
