import { describe, expect, it } from "vitest";
import { deliveryReturnDefinition } from "@/domain/return/definition";
import { PERMISSIONS } from "@/domain/permissions";
import { context, demo } from "./fixtures";

const section = (key: string) => {
  const found = deliveryReturnDefinition.sections.find((s) => s.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe("deliveryReturnDefinition", () => {
  it("has the task list's sections in order", () => {
    expect(deliveryReturnDefinition.kind).toBe("DELIVERY_RETURN");
    expect(deliveryReturnDefinition.sections.map((s) => s.key)).toEqual([
      "milestones",
      "minimum-expectations",
      "risks",
      "successes",
      "annual-questions",
      "services",
      "metrics",
    ]);
  });

  it("uses the return permissions, signed off by the accountable lead", () => {
    expect(deliveryReturnDefinition.permissions).toEqual({ edit: "return.edit", sendForSignOff: "return.sendForSignOff", signOff: "return.signOff", review: "return.review" });
    expect(PERMISSIONS["return.signOff"]).toEqual(["ACCOUNTABLE_LEAD"]);
    expect(deliveryReturnDefinition.declaration).toContain("single accountable lead");
  });

  it("shows the annual questions only in the return that carries them", () => {
    const applies = section("annual-questions").appliesTo as unknown as (c: ReturnType<typeof context>) => boolean;
    expect(applies(context({ includesAnnualQuestions: true }))).toBe(true);
    expect(applies(context())).toBe(false);
  });

  it("checks with checkReturn", () => {
    expect(deliveryReturnDefinition.check(demo(), context())).toEqual({ errors: [], warnings: [] });
  });

  it("derives each section's progress from its data", () => {
    const doc = demo();
    for (const s of deliveryReturnDefinition.sections) {
      expect(s.progress(undefined), s.key).toBe("Not started");
      if (doc[s.key] !== undefined) expect(s.progress(doc[s.key]), s.key).toBe("Completed");
    }
    expect(section("milestones").progress({ milestones: { a: { status: "complete" }, b: { status: "at-risk" } } })).toBe("In progress");
    expect(section("minimum-expectations").progress({ expectations: { a: { progress: "met" } } })).toBe("In progress");
    expect(section("risks").progress({ risks: [] })).toBe("Completed");
    expect(section("risks").progress({ risks: [{ status: "closed" }] })).toBe("In progress");
    expect(section("successes").progress({ successes: [], nothingToReport: false })).toBe("In progress");
    expect(section("annual-questions").progress({ serviceImprovements: "x" })).toBe("In progress");
    expect(section("services").progress({ services: [] })).toBe("In progress");
    expect(section("metrics").progress({ metrics: { "parenting.programmes-purchased": 3 } })).toBe("In progress");
  });
});
