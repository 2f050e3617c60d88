import { describe, expect, it } from "vitest";
import { expectationsFor } from "@/catalogue/lookup";
import { planDefinition } from "@/domain/plan/definition";
import { mergeExpectationsByStrand, strandsOf } from "@/domain/plan/merge-strands";
import { formDataToObject } from "@/schemas/form-data";
import { ZPlanMinimumExpectations, type TPlanMinimumExpectations } from "@/schemas/plan/minimum-expectations";
import { form } from "./helpers";

const PARENTING = expectationsFor({ strand: "parenting", kind: "minimum" });
const FEEDING = expectationsFor({ strand: "infant-feeding", kind: "minimum" });
const [P1, P2] = PARENTING;
const [F1] = FEEDING;

function ids(section: TPlanMinimumExpectations): string[] {
  return Object.keys(section.expectations).sort();
}

describe("strandsOf", () => {
  it("names each strand once and ignores unknown ids", () => {
    expect(strandsOf([P1!.id, P2!.id, F1!.id, "no.such.id"])).toEqual(["parenting", "infant-feeding"]);
  });
});

describe("mergeExpectationsByStrand", () => {
  const stored: TPlanMinimumExpectations = {
    expectations: { [P1!.id]: { status: "met" }, [P2!.id]: { status: "planned", targetDate: "2024-03-31" }, [F1!.id]: { status: "met" } },
  };

  it("replaces the posted strand's entries and keeps the other strands", () => {
    const merged = mergeExpectationsByStrand(stored, { expectations: { [P1!.id]: { status: "at-risk", targetDate: "2024-12-31", reason: "Staffing" } } });
    expect(merged.expectations[P1!.id]).toEqual({ status: "at-risk", targetDate: "2024-12-31", reason: "Staffing" });
    expect(merged.expectations[F1!.id]).toEqual({ status: "met" });
    // The strand page posted no status for P2, so the strand's saved entries are replaced by what it posted.
    expect(merged.expectations[P2!.id]).toBeUndefined();
  });

  it("starts from nothing when the section was never saved", () => {
    expect(ids(mergeExpectationsByStrand(undefined, { expectations: { [F1!.id]: { status: "met" } } }))).toEqual([F1!.id]);
  });

  it("keeps everything saved when the page posts no entries", () => {
    expect(mergeExpectationsByStrand(stored, { expectations: {} })).toEqual(stored);
  });

  it("does not change the saved section it was given", () => {
    const copy = structuredClone(stored);
    mergeExpectationsByStrand(stored, { expectations: { [P1!.id]: { status: "met" } } });
    expect(stored).toEqual(copy);
  });

  it("is the merge the plan definition uses for a strand page's post", () => {
    const section = planDefinition.sections.find((s) => s.key === "minimum-expectations");
    const posted = ZPlanMinimumExpectations.parse(
      formDataToObject(form({ [`expectations[${F1!.id}].status`]: "planned", [`expectations[${F1!.id}].targetDate.day`]: "1", [`expectations[${F1!.id}].targetDate.month`]: "6", [`expectations[${F1!.id}].targetDate.year`]: "2024" })),
    );
    const merged = (section?.merge as (s: unknown, p: unknown) => TPlanMinimumExpectations)(stored, posted);
    expect(merged.expectations[F1!.id]).toEqual({ status: "planned", targetDate: "2024-06-01" });
    expect(merged.expectations[P1!.id]).toEqual({ status: "met" });
    expect(ids(merged)).toEqual([P1!.id, P2!.id, F1!.id].sort());
  });
});
