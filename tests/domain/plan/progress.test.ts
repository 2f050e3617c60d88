import { describe, expect, it } from "vitest";
import { expectationsFor } from "@/catalogue/lookup";
import { PLAN_SECTIONS } from "@/domain/plan/definition";
import { fullPlanDocument } from "@/domain/plan/demo-plans";
import {
  ambitionProgress,
  goFurtherProgress,
  hubsProgress,
  leadershipProgress,
  milestonesProgress,
  minimumExpectationsProgress,
  needsAssessmentProgress,
  strandExpectationsProgress,
  trailblazerCommitmentsProgress,
} from "@/domain/plan/progress";
import { PLAN_SECTION_SCHEMAS, type PlanSections } from "@/domain/plan/section-schemas";
import { TRAILBLAZER } from "./helpers";

const full = fullPlanDocument(TRAILBLAZER);
const saved = <K extends keyof PlanSections>(key: K): PlanSections[K] => PLAN_SECTION_SCHEMAS[key].parse(full[key]) as PlanSections[K];

it("every section of the full demo plan is Completed", () => {
  for (const section of PLAN_SECTIONS) expect([section.key, section.progress(section.schema.parse(full[section.key]) as never)]).toEqual([section.key, "Completed"]);
});

it("a section never saved is Not started", () => {
  for (const section of PLAN_SECTIONS) expect(section.progress(undefined)).toBe("Not started");
});

describe("ambition", () => {
  it("is in progress until all three questions are answered", () => {
    expect(ambitionProgress({})).toBe("Not started");
    expect(ambitionProgress({ ambition: "A" })).toBe("In progress");
    expect(ambitionProgress(saved("ambition"))).toBe("Completed");
  });
});

describe("hubs", () => {
  it("is completed once a family hub is listed", () => {
    const hubs = saved("hubs").hubs;
    expect(hubsProgress({ hubs: [] })).toBe("Not started");
    expect(hubsProgress({ hubs: hubs.filter((h) => h.kind !== "family-hub") })).toBe("In progress");
    expect(hubsProgress({ hubs })).toBe("Completed");
  });
});

describe("leadership", () => {
  it("needs the accountable lead in full, a named lead and the governance", () => {
    const data = saved("leadership");
    expect(leadershipProgress({ accountableLead: {}, namedLeads: {} })).toBe("Not started");
    expect(leadershipProgress({ ...data, accountableLead: { ...data.accountableLead, email: undefined } })).toBe("In progress");
    expect(leadershipProgress({ ...data, namedLeads: {} })).toBe("In progress");
    expect(leadershipProgress(data)).toBe("Completed");
  });
});

describe("needs assessment", () => {
  it("is completed once saved, because its schema asks for every answer", () => {
    expect(needsAssessmentProgress(saved("needs-assessment"))).toBe("Completed");
  });
});

describe("minimum expectations", () => {
  it("is completed only when every catalogue minimum expectation has a status", () => {
    const data = saved("minimum-expectations");
    const [first] = expectationsFor({ strand: "parenting", kind: "minimum" });
    const rest = Object.fromEntries(Object.entries(data.expectations).filter(([id]) => id !== first!.id));
    expect(minimumExpectationsProgress({ expectations: {} })).toBe("Not started");
    expect(minimumExpectationsProgress({ expectations: rest })).toBe("In progress");
    expect(minimumExpectationsProgress(data)).toBe("Completed");
    expect(strandExpectationsProgress("parenting", { expectations: rest })).toBe("In progress");
    expect(strandExpectationsProgress("infant-feeding", { expectations: rest })).toBe("Completed");
    expect(strandExpectationsProgress("infant-feeding", { expectations: {} })).toBe("Not started");
  });
});

describe("go further", () => {
  it("is completed when every funded strand has one", () => {
    const data = saved("go-further");
    expect(goFurtherProgress({ chosen: {}, own: [] })).toBe("Not started");
    expect(goFurtherProgress({ chosen: {}, own: data.own })).toBe("In progress");
    expect(goFurtherProgress(data)).toBe("Completed");
  });
});

describe("milestones", () => {
  it("needs every fixed milestone and a milestone in every quarter", () => {
    const data = saved("milestones");
    expect(milestonesProgress({ fixed: {}, transformation: [] })).toBe("Not started");
    expect(milestonesProgress({ ...data, transformation: data.transformation.slice(0, 3) })).toBe("In progress");
    expect(milestonesProgress({ ...data, fixed: { ...data.fixed, "hub-opening": { date: "2023-03-01" } } })).toBe("In progress");
    expect(milestonesProgress(data)).toBe("Completed");
  });
});

describe("trailblazer commitments", () => {
  it("is completed when every strand row the form posted has a commitment", () => {
    expect(trailblazerCommitmentsProgress({ strands: {} })).toBe("Not started");
    expect(trailblazerCommitmentsProgress({ strands: { parenting: {}, "infant-feeding": {} } })).toBe("Not started");
    expect(trailblazerCommitmentsProgress({ strands: { parenting: { commitment: "x" }, "infant-feeding": {} } })).toBe("In progress");
    expect(trailblazerCommitmentsProgress(saved("trailblazer-commitments"))).toBe("Completed");
  });
});
