import { describe, expect, it } from "vitest";
import { checkReturn } from "@/domain/return-rules";
import { prefillReturn, previousMetricValues } from "@/domain/return/prefill";
import { RETURN_SCHEMAS, type ReturnSectionKey } from "@/domain/return/sections";
import { clone, context, demo, NEXT_PERIOD, PLAN_MILESTONES } from "./fixtures";

type Doc = Record<string, any>;

describe("prefillReturn", () => {
  const previous: Doc = clone(demo());
  previous.milestones.milestones["quarterly-2024-q1"] = { status: "at-risk", revisedDate: "2024-09-30", commentary: "Delayed." };
  previous.risks.risks.push({ id: "risk-closed", title: "Old", likelihood: 1, impact: 1, status: "closed", closedReason: "Gone" });
  const next: Doc = prefillReturn({ previous, planMilestones: PLAN_MILESTONES });

  it("carries milestone statuses and revised dates forward, but not commentary", () => {
    expect(next.milestones.milestones).toEqual({
      "hub-opening": { status: "complete" },
      "quarterly-2024-q1": { status: "at-risk", revisedDate: "2024-09-30" },
    });
  });

  it("carries open risks forward with their ids, and leaves closed risks behind", () => {
    expect(next.risks.risks.map((r: { id: string }) => r.id)).toEqual(["demo-risk-recruitment", "demo-risk-estates"]);
  });

  it("carries the register of services and expectation progress forward", () => {
    expect(next.services).toEqual(previous.services);
    expect(next["minimum-expectations"].expectations["infant-feeding.min.hub.peer-support"]).toEqual(
      previous["minimum-expectations"].expectations["infant-feeding.min.hub.peer-support"],
    );
  });

  it("does not copy management information, successes or annual answers", () => {
    expect(next.metrics).toBeUndefined();
    expect(next.successes).toBeUndefined();
    expect(next["annual-questions"]).toBeUndefined();
  });

  it("gives sections that parse with their schemas, and no carry-forward errors", () => {
    for (const [key, data] of Object.entries(next)) expect(RETURN_SCHEMAS[key as ReturnSectionKey].parse(data), key).toEqual(data);
    const codes = checkReturn(next, context({ periodId: NEXT_PERIOD, previous })).errors.map((e) => e.code);
    expect(codes).not.toContain("open-risk-removed");
    expect(codes).not.toContain("date-moved-commentary-required");
  });

  it("starts a first return from the plan", () => {
    const first: Doc = prefillReturn({ planMilestones: PLAN_MILESTONES, planExpectations: [{ id: "family-hubs.min.x", alreadyMet: true }, { id: "y" }] });
    expect(first).toEqual({ "minimum-expectations": { expectations: { "family-hubs.min.x": { progress: "met" } } } });
  });
});

describe("previousMetricValues", () => {
  it("gives last quarter's figures by metric id, the register of services included", () => {
    const previous = demo();
    const values = previousMetricValues(previous);
    expect(values["family-hubs.workforce.staff-count"]).toBe((previous.metrics as Doc).metrics["family-hubs.workforce.staff-count"]);
    expect(values["family-hubs.services"]).toEqual((previous.services as Doc).services);
    expect(previousMetricValues(undefined)).toEqual({});
  });
});
