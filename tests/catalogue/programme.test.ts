import { describe, expect, it } from "vitest";
import { INTERPRETATIONS } from "@/catalogue/interpretations";
import { findExpectation } from "@/catalogue/lookup";
import {
  ADDITIONAL_DELIVERY_EXPECTATIONS,
  BRANDING_REQUIREMENTS,
  NAMED_LEAD_ROLES,
  PROGRAMME_EXPECTATIONS,
} from "@/catalogue/programme";
import { copiedRuns, resolveHeading } from "./guide-text";

describe("additional delivery expectations", () => {
  it("lists the guide's eight, numbered 1 to 8, each backed by a programme minimum", () => {
    expect(ADDITIONAL_DELIVERY_EXPECTATIONS.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ADDITIONAL_DELIVERY_EXPECTATIONS.map((a) => a.expectationId)).toEqual(PROGRAMME_EXPECTATIONS.map((e) => e.id));
    for (const a of ADDITIONAL_DELIVERY_EXPECTATIONS) {
      const e = findExpectation(a.expectationId);
      expect(e?.strand).toBe("programme");
      expect(e?.kind).toBe("minimum");
      expect(a.title.length).toBeLessThanOrEqual(70);
      expect(resolveHeading(a.annexRef), a.annexRef.heading).toBeGreaterThanOrEqual(0);
    }
  });

  it("allows an opt-out only for digital engagement", () => {
    expect(ADDITIONAL_DELIVERY_EXPECTATIONS.filter((a) => a.optOutAllowed).map((a) => a.expectationId)).toEqual([
      "programme.min.general.digital-engagement",
    ]);
    expect(PROGRAMME_EXPECTATIONS.filter((e) => "optOutAllowed" in e && e.optOutAllowed).map((e) => e.id)).toEqual([
      "programme.min.general.digital-engagement",
    ]);
  });

  it("names the six example lead roles of Annex N", () => {
    expect(NAMED_LEAD_ROLES.map((r) => r.name)).toEqual([
      "Programme co-ordinator",
      "Change manager",
      "Data lead",
      "Support officer",
      "Analytical support",
      "Digital support",
    ]);
  });

  it("has the four branding requirements of Annex N in our own words", () => {
    expect(BRANDING_REQUIREMENTS).toHaveLength(4);
    for (const b of BRANDING_REQUIREMENTS) expect(copiedRuns(b.text), b.id).toEqual([]);
  });
});

describe("interpretations", () => {
  it("each cites a heading that exists in the guide", () => {
    expect(new Set(INTERPRETATIONS.map((i) => i.id)).size).toBe(INTERPRETATIONS.length);
    for (const i of INTERPRETATIONS) expect(resolveHeading(i.guideRef), i.id).toBeGreaterThanOrEqual(0);
  });
});
