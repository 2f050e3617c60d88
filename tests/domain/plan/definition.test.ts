import { describe, expect, it } from "vitest";
import { planDefinition } from "@/domain/plan/definition";
import { checkPlan } from "@/domain/plan-rules";
import { PLAN_SECTION_KEYS } from "@/domain/plan/section-schemas";
import { contextFor, LA, TRAILBLAZER } from "./helpers";

describe("planDefinition", () => {
  it("lists the sections in task-list order with stable keys", () => {
    expect(planDefinition.sections.map((s) => [s.key, s.title])).toEqual([
      ["ambition", "Ambition and local context"],
      ["hubs", "Family hubs and network sites"],
      ["leadership", "Leadership"],
      ["needs-assessment", "Local needs assessment"],
      ["minimum-expectations", "Minimum expectations"],
      ["go-further", "Going further"],
      ["milestones", "Milestones"],
      ["trailblazer-commitments", "Trailblazer commitments"],
    ]);
    expect(planDefinition.sections.map((s) => s.key)).toEqual(PLAN_SECTION_KEYS);
  });

  it("shows trailblazer commitments to trailblazers only", () => {
    const applies = (context: ReturnType<typeof contextFor>) =>
      planDefinition.sections.filter((s) => !s.appliesTo || (s.appliesTo as (c: typeof context) => boolean)(context)).map((s) => s.key);
    expect(applies(contextFor(LA))).not.toContain("trailblazer-commitments");
    expect(applies(contextFor(TRAILBLAZER))).toContain("trailblazer-commitments");
  });

  it("uses the plan permissions, the plan rules and a plain-English declaration", () => {
    expect(planDefinition.kind).toBe("PLAN");
    expect(planDefinition.permissions).toEqual({ edit: "plan.edit", sendForSignOff: "plan.sendForSignOff", signOff: "plan.signOff", review: "plan.review" });
    expect(planDefinition.check).toBe(checkPlan);
    expect(planDefinition.declaration).toMatch(/^As the single accountable lead for Start for Life, I confirm that this delivery plan is accurate/);
    expect(planDefinition.declaration).toContain("every minimum expectation by 31 March 2025");
  });
});
