import { describe, expect, it } from "vitest";
import { checkPlan } from "@/domain/plan-rules";
import { draftPlanWithErrors, fullPlanDocument } from "@/domain/plan/demo-plans";
import { PLAN_SECTION_KEYS, PLAN_SECTION_SCHEMAS } from "@/domain/plan/section-schemas";
import { EXPLANATIONS_SECTION, warningKey } from "@/domain/submissions/types";
import { contextFor, LA, TRAILBLAZER } from "./helpers";

describe.each([LA, TRAILBLAZER])("demo plans for $name", (la) => {
  it("the full plan has no errors, and every warning is explained", () => {
    const document = fullPlanDocument(la);
    const { errors, warnings } = checkPlan(document, contextFor(la));
    expect(errors).toEqual([]);
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(warnings.length).toBeLessThanOrEqual(2);
    const explanations = document[EXPLANATIONS_SECTION] as Record<string, string>;
    for (const warning of warnings) expect(explanations[warningKey(warning)]).toMatch(/\S{3,}/);
    expect(Object.keys(explanations).sort()).toEqual(warnings.map(warningKey).sort());
  });

  it("the draft plan saves section by section, and its rules find errors", () => {
    const document = draftPlanWithErrors(la);
    for (const key of PLAN_SECTION_KEYS) if (document[key] !== undefined) expect(PLAN_SECTION_SCHEMAS[key].safeParse(document[key]).success).toBe(true);
    const codes = new Set(checkPlan(document, contextFor(la)).errors.map((e) => e.code));
    for (const code of ["accountable-lead-email-missing", "target-after-deadline", "go-further-missing", "fixed-milestone-outside-window", "quarter-without-milestone"]) {
      expect(codes).toContain(code);
    }
  });
});
