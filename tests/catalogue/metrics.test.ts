import { describe, expect, it } from "vitest";
import { METRIC_FREQUENCIES, METRIC_UNITS, type Metric, type MetricField } from "@/catalogue/metric-model";
import { COMMISSIONING_ROUTES, PHYSICAL_ACCESS_TYPES, SERVICE_REGISTER_METRIC_ID, VIRTUAL_ACCESS_TYPES } from "@/catalogue/metrics-programme";
import { METRICS, METRIC_RULES, metricById } from "@/catalogue/metrics";
import { EXPECTATION_KINDS, STRAND_IDS, type StrandId } from "@/catalogue/types";
import { copiedRuns, resolveHeading } from "./guide-text";

const NUMERIC = new Set(["count", "percentage", "days", "hours", "times-per-year", "breakdown"]);

function expectSensibleBounds(def: Metric | MetricField, name: string): void {
  if (NUMERIC.has(def.unit)) {
    expect(def.min, name).toBe(0);
    if (def.max !== undefined) expect(def.max, name).toBeGreaterThan(def.min ?? 0);
  }
  if (def.unit === "percentage") {
    expect(def.max, name).toBe(100);
    expect(def.integer, name).toBeFalsy();
  }
  if (def.unit === "count" || def.unit === "breakdown" || def.unit === "times-per-year") expect(def.integer, name).toBe(true);
  if (def.unit === "text") expect(def.maxLength, name).toBeGreaterThan(0);
  if (def.unit === "choice" || def.unit === "choices" || def.unit === "breakdown") {
    const ids = (def.options ?? []).map((o) => o.id);
    expect(ids.length, name).toBeGreaterThan(0);
    expect(new Set(ids).size, name).toBe(ids.length);
  } else {
    expect(def.options, name).toBeUndefined();
  }
}

describe("METRICS", () => {
  it("has unique, stable kebab-case ids prefixed with their strand", () => {
    const ids = METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of METRICS) {
      expect(m.id).toMatch(/^[a-z-]+\.[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/);
      expect(m.id.startsWith(`${m.strand}.`), m.id).toBe(true);
    }
  });

  it("uses only known strands, units, levels and frequencies", () => {
    for (const m of METRICS) {
      expect(STRAND_IDS, m.id).toContain(m.strand);
      expect(METRIC_UNITS, m.id).toContain(m.unit);
      expect(EXPECTATION_KINDS, m.id).toContain(m.level);
      expect(METRIC_FREQUENCIES, m.id).toContain(m.frequency);
      expect(m.label.trim(), m.id).not.toBe("");
    }
  });

  it("gives every metric and record field sensible bounds for its unit", () => {
    for (const m of METRICS) {
      expectSensibleBounds(m, m.id);
      if (m.unit === "records") {
        expect(m.fields?.length, m.id).toBeGreaterThan(0);
        const fieldIds = (m.fields ?? []).map((f) => f.id);
        expect(new Set(fieldIds).size, m.id).toBe(fieldIds.length);
        for (const f of m.fields ?? []) expectSensibleBounds(f, `${m.id}.${f.id}`);
      } else {
        expect(m.fields, m.id).toBeUndefined();
      }
    }
  });

  it("has the metrics the guide lists, in the right strand and level", () => {
    const expected: [string, StrandId, "minimum" | "go-further", string][] = [
      ["infant-feeding.breastfeeding-initiation", "infant-feeding", "minimum", "percentage"],
      ["infant-feeding.breastfeeding-any-10-14-days", "infant-feeding", "minimum", "percentage"],
      ["infant-feeding.breastfeeding-exclusive-10-14-days", "infant-feeding", "minimum", "percentage"],
      ["infant-feeding.breastfeeding-any-6-8-weeks", "infant-feeding", "minimum", "percentage"],
      ["infant-feeding.breastfeeding-exclusive-6-8-weeks", "infant-feeding", "minimum", "percentage"],
      ["infant-feeding.mothers-partners-accessing-support", "infant-feeding", "minimum", "count"],
      ["infant-feeding.intention-to-breastfeed", "infant-feeding", "go-further", "percentage"],
      ["infant-feeding.breastfeeding-any-6-months", "infant-feeding", "go-further", "percentage"],
      ["infant-feeding.breastfeeding-exclusive-6-months", "infant-feeding", "go-further", "percentage"],
      ["start-for-life-offer.published", "start-for-life-offer", "minimum", "boolean"],
      ["start-for-life-offer.promotion-methods", "start-for-life-offer", "minimum", "choices"],
      ["parent-carer-panels.established", "parent-carer-panels", "minimum", "boolean"],
      ["parent-carer-panels.meetings-per-year", "parent-carer-panels", "minimum", "times-per-year"],
      ["parent-carer-panels.members-by-ethnicity", "parent-carer-panels", "minimum", "breakdown"],
      ["perinatal-mental-health.pmh-assessed-before-and-after", "perinatal-mental-health", "minimum", "count"],
      ["perinatal-mental-health.pir-assessed-before-and-after", "perinatal-mental-health", "minimum", "count"],
      ["parenting.programmes-purchased", "parenting", "minimum", "count"],
      ["parenting.workforce-trained", "parenting", "minimum", "count"],
      ["early-language.children-supported", "early-language", "minimum", "count"],
      ["family-hubs.services", "family-hubs", "minimum", "records"],
      ["family-hubs.workforce.staff-turnover", "family-hubs", "minimum", "percentage"],
      ["family-hubs.reach.average-waiting-time-days", "family-hubs", "minimum", "days"],
      ["family-hubs.reach.parents-carers-by-deprivation", "family-hubs", "minimum", "breakdown"],
    ];
    for (const [id, strand, level, unit] of expected) {
      const m = metricById(id);
      expect(m, id).toBeDefined();
      expect(m?.strand, id).toBe(strand);
      expect(m?.level, id).toBe(level);
      expect(m?.unit, id).toBe(unit);
    }
  });

  it("keeps the counts by strand and level (update deliberately when the catalogue changes)", () => {
    const counts: Record<string, number> = {};
    for (const m of METRICS) counts[`${m.strand}/${m.level}`] = (counts[`${m.strand}/${m.level}`] ?? 0) + 1;
    expect(counts).toEqual({
      "family-hubs/minimum": 17,
      "infant-feeding/minimum": 6,
      "infant-feeding/go-further": 11,
      "start-for-life-offer/minimum": 3,
      "start-for-life-offer/go-further": 2,
      "parent-carer-panels/minimum": 7,
      "parent-carer-panels/go-further": 2,
      "perinatal-mental-health/minimum": 6,
      "parenting/minimum": 5,
      "early-language/minimum": 6,
    });
  });

  it("records the register of services with every field the guide asks for", () => {
    const register = metricById(SERVICE_REGISTER_METRIC_ID);
    const fields = new Map((register?.fields ?? []).map((f) => [f.id, f]));
    for (const id of [
      "name",
      "age-from-years",
      "age-to-years",
      "location",
      "date-opened",
      "opening-hours-per-week",
      "physical-access-types",
      "virtual-access-types",
      "commissioning-route",
      "located-in-family-hub",
      "shares-workforce",
    ])
      expect(fields.has(id), id).toBe(true);
    expect(fields.get("opening-hours-per-week")?.max).toBe(168);
    expect(fields.get("physical-access-types")?.options).toBe(PHYSICAL_ACCESS_TYPES);
    expect(fields.get("virtual-access-types")?.options).toBe(VIRTUAL_ACCESS_TYPES);
    expect(fields.get("commissioning-route")?.options).toBe(COMMISSIONING_ROUTES);
    expect(PHYSICAL_ACCESS_TYPES.map((o) => o.id)).toEqual(["walk-in", "pre-booked-one-to-one", "pre-booked-group", "home-visit"]);
    expect(VIRTUAL_ACCESS_TYPES.map((o) => o.id)).toEqual(["telephone", "video-one-to-one", "video-group"]);
    expect(COMMISSIONING_ROUTES.map((o) => o.id)).toEqual(["local-authority-direct", "commissioned", "voluntary-community-sector-led"]);
  });

  it("points every metric and rule at a heading path that exists in the guide", () => {
    for (const item of [...METRICS, ...METRIC_RULES]) expect(resolveHeading(item.guideRef), `${item.id}: ${item.guideRef.heading}`).toBeGreaterThanOrEqual(0);
  });

  it("writes labels and help text in our own words", () => {
    const copied = METRICS.flatMap((m) =>
      [m.label, m.helpText ?? "", ...(m.fields ?? []).map((f) => f.label)].flatMap((text) => copiedRuns(text).map((run) => `${m.id}: ${run}`)),
    );
    expect(copied).toEqual([]);
  });
});

describe("METRIC_RULES", () => {
  it("has unique ids and refers only to metrics that exist, with compatible units", () => {
    const ids = METRIC_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const numeric = (id: string) => {
      const m = metricById(id);
      expect(m, id).toBeDefined();
      expect(["count", "percentage", "days", "hours", "times-per-year"], id).toContain(m?.unit);
    };
    for (const r of METRIC_RULES) {
      expect(r.message.trim(), r.id).not.toBe("");
      switch (r.kind) {
        case "not-above":
          numeric(r.metricId);
          numeric(r.limitMetricId);
          expect(metricById(r.metricId)?.unit).toBe(metricById(r.limitMetricId)?.unit);
          break;
        case "at-least":
          numeric(r.metricId);
          break;
        case "record-not-above": {
          const fields = metricById(r.metricId)?.fields ?? [];
          expect(fields.some((f) => f.id === r.fieldId), r.id).toBe(true);
          expect(fields.some((f) => f.id === r.limitFieldId), r.id).toBe(true);
          break;
        }
        case "detail-required":
          expect(metricById(r.whenMetricId)?.unit, r.id).toBe("boolean");
          expect(metricById(r.thenMetricId), r.id).toBeDefined();
          break;
        case "breakdown-total":
          expect(metricById(r.metricId)?.unit, r.id).toBe("breakdown");
          numeric(r.totalMetricId);
          break;
        case "large-change":
          expect(r.maxRelativeChange).toBe(0.5);
          break;
      }
    }
  });

  it("declares exclusive ≤ any at every age with both rates", () => {
    const exclusive = METRICS.filter((m) => m.id.startsWith("infant-feeding.breastfeeding-exclusive-"));
    expect(exclusive).toHaveLength(3);
    for (const m of exclusive) {
      const rule = METRIC_RULES.find((r) => r.kind === "not-above" && r.metricId === m.id && r.code === "exclusive-above-any");
      expect(rule, m.id).toBeDefined();
      expect(rule?.severity).toBe("error");
    }
  });
});
