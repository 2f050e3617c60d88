import { describe, expect, it } from "vitest";
import {
  FRAMEWORK_CRITERIA,
  FRAMEWORK_LEVELS,
  FRAMEWORK_PRINCIPLES,
  KEY_PRINCIPLE_CRITERIA,
  SERVICE_ACCESS_MODES,
  VISIBLE_CHANGE_CRITERIA,
} from "@/catalogue/framework";
import { FRAMEWORK_PRINCIPLE_IDS } from "@/catalogue/types";
import { copiedRuns, resolveHeading } from "./guide-text";

describe("family hub model framework", () => {
  it("has the three principles: access, connection, relationships", () => {
    expect(FRAMEWORK_PRINCIPLES.map((p) => p.id)).toEqual(["access", "connection", "relationships"]);
    expect([...FRAMEWORK_PRINCIPLE_IDS]).toEqual(FRAMEWORK_PRINCIPLES.map((p) => p.id));
  });

  it("has two levels: basic (all criteria required) and developed (some required)", () => {
    expect(FRAMEWORK_LEVELS.map((l) => [l.level, l.id, l.minimumRule])).toEqual([
      [1, "basic", "all"],
      [2, "developed", "some"],
    ]);
  });

  it("has the seven key principles as level 1 required criteria", () => {
    expect(KEY_PRINCIPLE_CRITERIA).toHaveLength(7);
    for (const c of KEY_PRINCIPLE_CRITERIA) expect([c.level, c.requirement]).toEqual([1, "required"]);
  });

  it("has the seven year-one visible change examples: four basic, three developed", () => {
    expect(VISIBLE_CHANGE_CRITERIA).toHaveLength(7);
    expect(VISIBLE_CHANGE_CRITERIA.filter((c) => c.level === 1 && c.requirement === "required")).toHaveLength(4);
    expect(VISIBLE_CHANGE_CRITERIA.filter((c) => c.level === 2 && c.requirement === "go-further")).toHaveLength(3);
  });

  it("gives every criterion a unique id, a principle, provenance and a guide reference that resolves", () => {
    expect(FRAMEWORK_CRITERIA).toHaveLength(14);
    expect(new Set(FRAMEWORK_CRITERIA.map((c) => c.id)).size).toBe(FRAMEWORK_CRITERIA.length);
    for (const c of FRAMEWORK_CRITERIA) {
      expect(c.id).toMatch(/^framework\.[a-z-]+\.[a-z0-9-]+$/);
      expect([...FRAMEWORK_PRINCIPLE_IDS, "cross-cutting"]).toContain(c.principle);
      expect(c.provenance, c.id).toBe("derived from guide");
      expect(resolveHeading(c.guideRef), c.id).toBeGreaterThanOrEqual(0);
    }
  });

  it("keeps every principle represented", () => {
    for (const p of FRAMEWORK_PRINCIPLE_IDS) expect(FRAMEWORK_CRITERIA.some((c) => c.principle === p), p).toBe(true);
  });
});

describe("family hub service expectations", () => {
  it("has the three access modes: at a hub, elsewhere in the network, virtually", () => {
    expect(SERVICE_ACCESS_MODES.map((m) => m.channel)).toEqual(["hub", "network", "virtual"]);
    for (const m of SERVICE_ACCESS_MODES) {
      expect(m.provenance).toBe("derived from guide");
      expect(resolveHeading(m.guideRef)).toBeGreaterThanOrEqual(0);
    }
  });
});

describe("framework wording", () => {
  it("is in our own words: no run of 8 words copied from a guide", () => {
    const texts = [
      ...FRAMEWORK_PRINCIPLES.map((p) => [p.id, p.summary]),
      ...FRAMEWORK_LEVELS.map((l) => [l.id, l.description]),
      ...FRAMEWORK_CRITERIA.map((c) => [c.id, c.text]),
      ...SERVICE_ACCESS_MODES.map((m) => [m.channel, m.description]),
    ];
    const copied = Object.fromEntries(texts.map(([id, text]) => [id, copiedRuns(text ?? "")]).filter(([, runs]) => runs!.length > 0));
    expect(copied).toEqual({});
  });
});
