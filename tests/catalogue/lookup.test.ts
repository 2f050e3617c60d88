import { describe, expect, it } from "vitest";
import { ALL_EXPECTATIONS } from "@/catalogue/expectations";
import {
  expectationsFor,
  findExpectation,
  getExpectation,
  getStrand,
  isExpectationId,
  STRANDS,
} from "@/catalogue/lookup";
import { catalogueVersion } from "@/catalogue/version";

describe("expectation lookup", () => {
  it("gets an expectation by id", () => {
    const e = getExpectation("infant-feeding.min.hub.peer-support");
    expect(e.strand).toBe("infant-feeding");
    expect(e.kind).toBe("minimum");
    expect(e.channel).toBe("hub");
    expect(e.deliverableAnyChannel).toBe(true);
  });

  it("throws on an unknown id, naming it", () => {
    expect(() => getExpectation("infant-feeding.min.hub.no-such-thing")).toThrow(/no-such-thing/);
  });

  it("finds by id, or returns undefined", () => {
    expect(findExpectation("parenting.min.hub.key-contact")?.strand).toBe("parenting");
    expect(findExpectation("parenting.min.hub.nope")).toBeUndefined();
    expect(findExpectation("")).toBeUndefined();
  });

  it("recognises catalogue ids", () => {
    expect(isExpectationId("programme.min.general.branding")).toBe(true);
    expect(isExpectationId("programme.min.general.unknown")).toBe(false);
    expect(isExpectationId("toString")).toBe(false);
    for (const e of ALL_EXPECTATIONS) expect(isExpectationId(e.id)).toBe(true);
  });

  it("filters by strand, kind and channel together or separately", () => {
    expect(expectationsFor({})).toHaveLength(ALL_EXPECTATIONS.length);
    expect(expectationsFor({ strand: "parenting" })).toHaveLength(15);
    expect(expectationsFor({ kind: "go-further" })).toHaveLength(57);
    expect(expectationsFor({ channel: "system" })).toHaveLength(20);
    const ifHubMin = expectationsFor({ strand: "infant-feeding", kind: "minimum", channel: "hub" });
    expect(ifHubMin).toHaveLength(13);
    for (const e of ifHubMin) expect([e.strand, e.kind, e.channel]).toEqual(["infant-feeding", "minimum", "hub"]);
    expect(expectationsFor({ strand: "programme", kind: "go-further" })).toEqual([]);
  });

  it("gets strands by id", () => {
    expect(STRANDS).toHaveLength(8);
    expect(getStrand("infant-feeding").funded).toBe(true);
    expect(getStrand("programme").funded).toBe(false);
    expect(getStrand("family-hubs").name).toBe("Family hubs transformation");
  });

  it("has a catalogue version to store with each plan", () => {
    expect(catalogueVersion).toMatch(/^\d{4}\.\d+$/);
  });
});
