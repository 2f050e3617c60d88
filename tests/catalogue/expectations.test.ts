import { describe, expect, it } from "vitest";
import { ALL_EXPECTATIONS } from "@/catalogue/expectations";
import { STRANDS } from "@/catalogue/strands";
import { CHANNELS, STRAND_IDS, type Channel, type ExpectationKind, type StrandId } from "@/catalogue/types";
import { copiedRuns, resolveHeading } from "./guide-text";

type ChannelCounts = Partial<Record<Channel, number>>;

// Counted by hand from programme-guide.md, one entry per top-level bullet (Section 2, lines ~768–1073).
// Family hubs has no bulleted lists: its entries restate Section 2's prose (see INTERPRETATIONS).
//
// strand                    | minimum: hub virtual network system general | go-further: hub virtual network system general
// family-hubs               |            1      1       1      2       4  |               0      0       0      2       1
// parenting                 |            4      2       2      0       0  |               3      1       3      0       0
// perinatal-mental-health   |            5      3       4      5       0  |               2      3       8      5       0
// early-language            |            1      2       5      0       0  |               2      2       1      0       0
// infant-feeding            |           13      3       8      3       0  |               4      3       7      3       0
// parent-carer-panels       |            0      0       0      0       6  |               0      0       0      0       3
// start-for-life-offer      |            0      0       0      0       4  |               0      0       0      0       4
// programme                 |            0      0       0      0       8  |               0      0       0      0       0
const COUNTED: Record<StrandId, Record<ExpectationKind, ChannelCounts>> = {
  "family-hubs": { minimum: { hub: 1, virtual: 1, network: 1, system: 2, general: 4 }, "go-further": { system: 2, general: 1 } },
  parenting: { minimum: { hub: 4, virtual: 2, network: 2 }, "go-further": { hub: 3, virtual: 1, network: 3 } },
  "perinatal-mental-health": {
    minimum: { hub: 5, virtual: 3, network: 4, system: 5 },
    "go-further": { hub: 2, virtual: 3, network: 8, system: 5 },
  },
  "early-language": { minimum: { hub: 1, virtual: 2, network: 5 }, "go-further": { hub: 2, virtual: 2, network: 1 } },
  "infant-feeding": {
    minimum: { hub: 13, virtual: 3, network: 8, system: 3 },
    "go-further": { hub: 4, virtual: 3, network: 7, system: 3 },
  },
  "parent-carer-panels": { minimum: { general: 6 }, "go-further": { general: 3 } },
  "start-for-life-offer": { minimum: { general: 4 }, "go-further": { general: 4 } },
  programme: { minimum: { general: 8 }, "go-further": {} },
};

const ID_PATTERN = /^([a-z-]+)\.(min|gf)\.([a-z]+)\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe("ALL_EXPECTATIONS", () => {
  it("has unique ids", () => {
    const ids = ALL_EXPECTATIONS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses ids of the form strand.min|gf.channel.slug that agree with the entry's fields", () => {
    for (const e of ALL_EXPECTATIONS) {
      const match = ID_PATTERN.exec(e.id);
      expect(match, e.id).not.toBeNull();
      expect(match?.[1], e.id).toBe(e.strand);
      expect(match?.[2], e.id).toBe(e.kind === "minimum" ? "min" : "gf");
      expect(match?.[3], e.id).toBe(e.channel);
      expect(STRAND_IDS).toContain(e.strand);
      expect(CHANNELS).toContain(e.channel);
    }
  });

  it("points every entry at a heading path that exists in the guide", () => {
    for (const e of ALL_EXPECTATIONS) {
      expect(e.guideRef.heading.trim(), e.id).not.toBe("");
      expect(resolveHeading(e.guideRef), `${e.id}: ${e.guideRef.heading}`).toBeGreaterThanOrEqual(0);
    }
  });

  it("matches the hand-counted table per strand, kind and channel", () => {
    for (const strand of STRAND_IDS) {
      for (const kind of ["minimum", "go-further"] as const) {
        for (const channel of CHANNELS) {
          const actual = ALL_EXPECTATIONS.filter((e) => e.strand === strand && e.kind === kind && e.channel === channel);
          expect(actual.length, `${strand} ${kind} ${channel}`).toBe(COUNTED[strand][kind][channel] ?? 0);
        }
      }
    }
  });

  it("has the hand-counted totals", () => {
    const count = (predicate: (e: (typeof ALL_EXPECTATIONS)[number]) => boolean) =>
      ALL_EXPECTATIONS.filter(predicate).length;
    expect(ALL_EXPECTATIONS).toHaveLength(144);
    expect(count((e) => e.kind === "minimum")).toBe(87);
    expect(count((e) => e.kind === "go-further")).toBe(57);
    const perStrand = { "family-hubs": 12, parenting: 15, "perinatal-mental-health": 35, "early-language": 13, "infant-feeding": 44, "parent-carer-panels": 9, "start-for-life-offer": 8, programme: 8 };
    for (const [strand, n] of Object.entries(perStrand)) expect(count((e) => e.strand === strand), strand).toBe(n);
    const perChannel = { hub: 35, virtual: 20, network: 39, system: 20, general: 30 };
    for (const [channel, n] of Object.entries(perChannel)) expect(count((e) => e.channel === channel), channel).toBe(n);
  });

  it("gives every minimum a deadline no later than 2025-03-31 and every go-further none", () => {
    for (const e of ALL_EXPECTATIONS) {
      if (e.kind === "minimum") {
        expect(e.deadline, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(e.deadline! <= "2025-03-31", e.id).toBe(true);
      } else {
        expect(e.deadline, e.id).toBeNull();
      }
    }
  });

  it("uses the guide's earlier dates where it sets them", () => {
    const earlier = Object.fromEntries(
      ALL_EXPECTATIONS.filter((e) => e.deadline !== null && e.deadline !== "2025-03-31").map((e) => [e.id, e.deadline]),
    );
    expect(earlier).toEqual({
      "family-hubs.min.general.open-hubs": "2023-06-30",
      "family-hubs.min.general.local-needs-assessment": "2023-03-31",
      "parent-carer-panels.min.general.diverse-membership": "2023-03-31",
      "parent-carer-panels.min.general.inclusive-format": "2023-03-31",
      "parent-carer-panels.min.general.regular-meetings": "2023-03-31",
      "parent-carer-panels.min.general.supported-attendance": "2023-03-31",
      "parent-carer-panels.min.general.insights-to-accountable-lead": "2023-03-31",
      "parent-carer-panels.min.general.digital-access": "2023-03-31",
      "start-for-life-offer.min.general.digital-offer": "2023-03-31",
      "start-for-life-offer.min.general.hard-copy-before-birth": "2023-03-31",
      "start-for-life-offer.min.general.physical-materials": "2023-03-31",
      "start-for-life-offer.min.general.staff-connect-to-offer": "2023-03-31",
      "programme.min.general.digital-engagement": "2024-03-31",
    });
  });

  it("flags the asterisked infant feeding bullets", () => {
    const anyChannel = ALL_EXPECTATIONS.filter((e) => e.deliverableAnyChannel).map((e) => e.id);
    const inNetwork = ALL_EXPECTATIONS.filter((e) => e.deliverableInNetwork).map((e) => e.id);
    // Minimum list: 8 asterisks (antenatal classes through tongue tie). Go-further list: 3.
    expect(anyChannel).toHaveLength(8);
    expect(inNetwork).toEqual([
      "infant-feeding.gf.hub.tailored-antenatal-education",
      "infant-feeding.gf.hub.postnatal-face-to-face",
      "infant-feeding.gf.hub.enhanced-peer-support",
    ]);
    for (const id of [...anyChannel, ...inNetwork]) expect(id).toMatch(/^infant-feeding\.(min|gf)\.hub\./);
    expect(anyChannel).toContain("infant-feeding.min.hub.peer-support");
    expect(anyChannel).not.toContain("infant-feeding.min.hub.drop-in-sessions");
  });

  it("gives every entry a distinct summary", () => {
    const summaries = ALL_EXPECTATIONS.map((e) => e.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it("writes summaries in our own words: no run of 8 words copied from a guide", () => {
    const copied: Record<string, string[]> = {};
    for (const e of ALL_EXPECTATIONS) {
      expect(e.summary.trim().length, e.id).toBeGreaterThan(10);
      const runs = copiedRuns(e.summary);
      if (runs.length > 0) copied[e.id] = runs;
    }
    expect(copied).toEqual({});
  });
});

describe("guide reference check", () => {
  it("rejects heading paths that are not in the guide or are out of order", () => {
    expect(resolveHeading({ document: "programme-guide", heading: "Infant feeding support > Minimum expectations" })).toBeGreaterThanOrEqual(0);
    expect(resolveHeading({ document: "programme-guide", heading: "Infant feeding support > No such heading" })).toBe(-1);
    expect(resolveHeading({ document: "programme-guide", heading: "Parent and Carer Panels > Parenting support" })).toBe(-1);
    expect(resolveHeading({ document: "programme-guide", heading: "Not a heading at all" })).toBe(-1);
    // Parenting has no systems-level list: the label exists only in later strands' sections.
    expect(resolveHeading({ document: "programme-guide", heading: "Parenting support > Minimum expectations > Systems-level Initiatives" })).toBe(-1);
  });
});

describe("STRANDS", () => {
  it("has the eight strands with the six funded ones marked", () => {
    expect(STRANDS.map((s) => s.id)).toEqual([...STRAND_IDS]);
    expect(STRANDS.filter((s) => s.funded).map((s) => s.id)).toEqual([
      "parenting",
      "perinatal-mental-health",
      "early-language",
      "infant-feeding",
      "parent-carer-panels",
      "start-for-life-offer",
    ]);
  });

  it("points every strand at a heading in the guide", () => {
    for (const s of STRANDS) expect(resolveHeading(s.guideRef), s.id).toBeGreaterThanOrEqual(0);
  });

  it("gives every funded strand at least one go-further to choose from", () => {
    for (const s of STRANDS.filter((x) => x.funded)) {
      expect(ALL_EXPECTATIONS.some((e) => e.strand === s.id && e.kind === "go-further"), s.id).toBe(true);
    }
  });
});
