import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/catalogue/route";
import { FIXED_MILESTONES } from "@/catalogue/calendar";
import { buildCatalogueJson } from "@/catalogue/catalogue-json";
import { ALL_EXPECTATIONS } from "@/catalogue/expectations";
import { FUNDING_LINES } from "@/catalogue/funding";
import { METRICS } from "@/catalogue/metrics";
import { STRANDS } from "@/catalogue/strands";
import { CHANNELS, EXPECTATION_KINDS, STRAND_IDS } from "@/catalogue/types";
import { catalogueVersion } from "@/catalogue/version";

const json = buildCatalogueJson();
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function expectUnique(ids: readonly string[]) {
  expect(new Set(ids).size).toBe(ids.length);
}

describe("buildCatalogueJson", () => {
  it("carries the catalogue version", () => {
    expect(json.version).toBe(catalogueVersion);
  });

  it("has every strand, with id and name only", () => {
    expect(json.strands.map((s) => s.id)).toEqual(STRANDS.map((s) => s.id));
    for (const s of json.strands) expect(Object.keys(s).sort()).toEqual(["id", "name"]);
  });

  it("has every expectation, in catalogue order, with the documented fields", () => {
    expect(json.expectations.map((e) => e.id)).toEqual(ALL_EXPECTATIONS.map((e) => e.id));
    for (const e of json.expectations) {
      expect(Object.keys(e).sort()).toEqual(["channel", "deadline", "guideRef", "id", "kind", "strand", "summary"]);
      expect(STRAND_IDS).toContain(e.strand);
      expect(CHANNELS).toContain(e.channel);
      expect(EXPECTATION_KINDS).toContain(e.kind);
      expect(typeof e.summary).toBe("string");
      expect(e.summary.length).toBeGreaterThan(0);
      expect(typeof e.guideRef).toBe("string");
      expect(e.guideRef.length).toBeGreaterThan(0);
      if (e.kind === "minimum") expect(e.deadline).toMatch(ISO_DATE);
      else expect(e.deadline).toBeNull();
    }
  });

  it("uses exactly the kinds 'minimum' and 'go-further'", () => {
    expect(new Set(json.expectations.map((e) => e.kind))).toEqual(new Set(["minimum", "go-further"]));
    expect(new Set(json.metrics.map((m) => m.level))).toEqual(new Set(["minimum", "go-further"]));
  });

  it("has every metric, with bounds as numbers or null", () => {
    expect(json.metrics.map((m) => m.id)).toEqual(METRICS.map((m) => m.id));
    for (const m of json.metrics) {
      expect(Object.keys(m).sort()).toEqual(["frequency", "id", "label", "level", "max", "min", "strand", "unit"]);
      expect(STRAND_IDS).toContain(m.strand);
      for (const bound of [m.min, m.max]) expect(bound === null || typeof bound === "number").toBe(true);
    }
    const percentage = json.metrics.find((m) => m.unit === "percentage");
    expect(percentage).toMatchObject({ min: 0, max: 100 });
  });

  it("dates each fixed milestone at the end of its window", () => {
    expect(json.milestones).toEqual(FIXED_MILESTONES.map((m) => ({ id: m.id, label: m.label, dueDate: m.window.to })));
    expect(json.milestones.find((m) => m.id === "all-minimum-expectations-met")?.dueDate).toBe("2025-03-31");
  });

  it("has every funding line", () => {
    expect(json.fundingLines).toEqual(FUNDING_LINES.map((l) => ({ id: l.id, label: l.label })));
  });

  it("has unique ids in each list", () => {
    expectUnique(json.strands.map((s) => s.id));
    expectUnique(json.expectations.map((e) => e.id));
    expectUnique(json.metrics.map((m) => m.id));
    expectUnique(json.milestones.map((m) => m.id));
    expectUnique(json.fundingLines.map((l) => l.id));
  });

  it("round-trips through JSON unchanged, and is the same every time", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(JSON.stringify(buildCatalogueJson())).toBe(JSON.stringify(json));
  });
});

describe("GET /api/v1/catalogue", () => {
  const get = (headers: Record<string, string> = {}) => GET(new Request("http://localhost/api/v1/catalogue", { headers }));

  it("answers the catalogue as cacheable JSON with an ETag naming the version", async () => {
    const response = get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600, stale-while-revalidate=86400");
    expect(response.headers.get("etag")).toMatch(new RegExp(`^"${catalogueVersion.replace(".", "\\.")}-[A-Za-z0-9_-]+"$`));
    expect(await response.json()).toEqual(json);
  });

  it("answers 304 with no body to a matching If-None-Match, weak or in a list", async () => {
    const etag = get().headers.get("etag") ?? "";
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const response = get({ "If-None-Match": ifNoneMatch });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(response.headers.get("etag")).toBe(etag);
      expect(response.headers.get("cache-control")).toContain("public");
      expect(await response.text()).toBe("");
    }
  });

  it("answers 200 to a stale ETag", () => {
    expect(get({ "If-None-Match": `"2000.1-stale"` }).status).toBe(200);
  });
});
