import { describe, expect, it } from "vitest";
import { ALL_EXPECTATIONS } from "@/catalogue/expectations";
import { STRANDS } from "@/catalogue/strands";
import { groupByStrand, searchExpectations, searchTerms } from "@/domain/catalogue-search";
import { ZCatalogueFilters } from "@/schemas/catalogue-filters";

const search = (filters: Parameters<typeof searchExpectations>[0]["filters"]) =>
  searchExpectations({ expectations: ALL_EXPECTATIONS, filters });

describe("searchExpectations", () => {
  it("returns the whole catalogue, in order, without filters", () => {
    expect(search({}).map((e) => e.id)).toEqual(ALL_EXPECTATIONS.map((e) => e.id));
  });

  it("combines strand, kind and channel filters", () => {
    const results = search({ strand: "infant-feeding", kind: "minimum", channel: "hub" });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((e) => e.strand === "infant-feeding" && e.kind === "minimum" && e.channel === "hub")).toBe(true);
    const expected = ALL_EXPECTATIONS.filter((e) => e.strand === "infant-feeding" && e.kind === "minimum" && e.channel === "hub");
    expect(results).toEqual(expected);
    // Each filter narrows: the combination is no larger than any one of them.
    expect(results.length).toBeLessThan(search({ strand: "infant-feeding" }).length);
    expect(results.length).toBeLessThan(search({ kind: "minimum" }).length);
    expect(results.length).toBeLessThan(search({ channel: "hub" }).length);
  });

  it("combines free text with the other filters", () => {
    const peer = search({ q: "peer" });
    const peerInFeeding = search({ q: "peer", strand: "infant-feeding", kind: "go-further" });
    expect(peerInFeeding.length).toBeLessThan(peer.length);
    expect(peerInFeeding.every((e) => e.strand === "infant-feeding" && e.kind === "go-further")).toBe(true);
  });

  it("searches summaries without regard to case", () => {
    const lower = search({ q: "breastfeeding space" });
    expect(lower.map((e) => e.id)).toContain("infant-feeding.min.hub.breastfeeding-space");
    expect(search({ q: "BREASTFEEDING Space" })).toEqual(lower);
  });

  it("finds a known expectation by its id", () => {
    const results = search({ q: "infant-feeding.min.hub.peer-support" });
    expect(results.map((e) => e.id)).toEqual(["infant-feeding.min.hub.peer-support"]);
    expect(search({ q: "INFANT-FEEDING.MIN.HUB.PEER-SUPPORT" })).toEqual(results);
  });

  it("needs every word, in any order", () => {
    const both = search({ q: "tongue tie" });
    expect(both.length).toBeGreaterThan(0);
    expect(search({ q: "tie tongue" })).toEqual(both);
    expect(search({ q: "tongue zebra" })).toEqual([]);
  });

  it("matches a plain hyphen against the catalogue's en dash", () => {
    const results = search({ q: "parent-infant teams" });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((e) => e.summary.toLowerCase().includes("parent\u2013infant"))).toBe(true);
    expect(search({ q: "parent\u2013infant teams" })).toEqual(results);
  });

  it("finds nothing for text in no summary or id", () => {
    expect(search({ q: "no such expectation anywhere" })).toEqual([]);
  });

  it("splits search text into words", () => {
    expect(searchTerms("  Peer   SUPPORT ")).toEqual(["peer", "support"]);
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms("   ")).toEqual([]);
  });
});

describe("groupByStrand", () => {
  it("groups in strand order and leaves out empty strands", () => {
    const results = search({ q: "peer" });
    const groups = groupByStrand({ expectations: results, strands: STRANDS });
    const order = STRANDS.map((s) => s.id);
    const indices = groups.map((g) => order.indexOf(g.strand.id));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(groups.every((g) => g.expectations.length > 0 && g.expectations.every((e) => e.strand === g.strand.id))).toBe(true);
    expect(groups.flatMap((g) => g.expectations)).toHaveLength(results.length);
  });

  it("has one group for a single-strand filter", () => {
    const groups = groupByStrand({ expectations: search({ strand: "parenting" }), strands: STRANDS });
    expect(groups.map((g) => g.strand.id)).toEqual(["parenting"]);
  });
});

describe("ZCatalogueFilters", () => {
  it("reads valid query values", () => {
    expect(ZCatalogueFilters.parse({ strand: "infant-feeding", kind: "go-further", channel: "virtual", q: "  peer " })).toEqual({
      strand: "infant-feeding",
      kind: "go-further",
      channel: "virtual",
      q: "peer",
    });
  });

  it("ignores empty, unknown and repeated values rather than failing", () => {
    expect(ZCatalogueFilters.parse({ strand: "", kind: "maximum", channel: ["hub", "virtual"], q: "   " })).toEqual({
      strand: undefined,
      kind: undefined,
      channel: undefined,
      q: undefined,
    });
    expect(ZCatalogueFilters.parse({})).toEqual({ strand: undefined, kind: undefined, channel: undefined, q: undefined });
  });

  it("limits the search text to 100 characters", () => {
    expect(ZCatalogueFilters.parse({ q: "a".repeat(500) }).q).toHaveLength(100);
  });
});
