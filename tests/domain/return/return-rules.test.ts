import { describe, expect, it } from "vitest";
import { checkReturn } from "@/domain/return-rules";
import { warningKey, type CheckResult } from "@/domain/submissions/types";
import { ANNUAL_PERIOD, clone, context, demo, NEXT_PERIOD, PERIOD } from "./fixtures";

const codes = (issues: CheckResult["errors"]) => issues.map((i) => i.code);
const find = (result: CheckResult, code: string) => [...result.errors, ...result.warnings].find((i) => i.code === code);

type Doc = Record<string, any>;

describe("checkReturn: a complete demo return", () => {
  it("has no errors or warnings, quarterly and annual, with or without a previous return", () => {
    const first = demo();
    expect(checkReturn(first, context())).toEqual({ errors: [], warnings: [] });
    const annual = demo(ANNUAL_PERIOD, first);
    expect(checkReturn(annual, context({ periodId: ANNUAL_PERIOD, includesAnnualQuestions: true, previous: first }))).toEqual({ errors: [], warnings: [] });
  });
});

describe("milestones", () => {
  it("needs a status for every milestone of the plan", () => {
    const doc: Doc = clone(demo());
    delete doc.milestones.milestones["quarterly-2024-q1"];
    const issue = find(checkReturn(doc, context()), "milestone-status-missing");
    expect(issue).toMatchObject({ sectionKey: "milestones", path: "milestones.quarterly-2024-q1.status" });
    expect(issue?.message).toContain("Open the second hub");
  });

  it("needs commentary when a milestone is at risk or off track", () => {
    const doc: Doc = clone(demo());
    doc.milestones.milestones["quarterly-2024-q1"] = { status: "off-track" };
    expect(find(checkReturn(doc, context()), "commentary-required")).toMatchObject({ path: "milestones.quarterly-2024-q1.commentary" });
    doc.milestones.milestones["quarterly-2024-q1"] = { status: "at-risk", commentary: "Builder delayed; new contractor appointed." };
    expect(codes(checkReturn(doc, context()).errors)).not.toContain("commentary-required");
  });

  it("needs commentary when the date moves from the plan's date", () => {
    const doc: Doc = clone(demo());
    doc.milestones.milestones["quarterly-2024-q1"] = { status: "on-track", revisedDate: "2024-09-30" };
    expect(find(checkReturn(doc, context()), "date-moved-commentary-required")?.message).toContain("30 June 2024 to 30 September 2024");
    doc.milestones.milestones["quarterly-2024-q1"] = { status: "on-track", revisedDate: "2024-06-30" };
    expect(codes(checkReturn(doc, context()).errors)).not.toContain("date-moved-commentary-required");
  });

  it("compares a revised date with last quarter's revised date, not the plan's", () => {
    const previous: Doc = clone(demo());
    previous.milestones.milestones["quarterly-2024-q1"] = { status: "on-track", revisedDate: "2024-09-30", commentary: "Moved." };
    const doc: Doc = clone(demo(NEXT_PERIOD, previous));
    doc.milestones.milestones["quarterly-2024-q1"] = { status: "on-track", revisedDate: "2024-09-30" };
    expect(codes(checkReturn(doc, context({ periodId: NEXT_PERIOD, previous })).errors)).not.toContain("date-moved-commentary-required");
    doc.milestones.milestones["quarterly-2024-q1"].revisedDate = "2024-12-31";
    expect(codes(checkReturn(doc, context({ periodId: NEXT_PERIOD, previous })).errors)).toContain("date-moved-commentary-required");
  });

  it("needs commentary when a milestone complete last quarter is no longer complete", () => {
    const previous = demo();
    const doc: Doc = clone(demo(NEXT_PERIOD, previous));
    doc.milestones.milestones["hub-opening"] = { status: "on-track", revisedDate: "2023-12-31", commentary: undefined };
    // The date also moved, so the date rule speaks first; without a new date the "no longer complete" rule does.
    doc.milestones.milestones["hub-opening"] = { status: "on-track" };
    const result = checkReturn(doc, context({ periodId: NEXT_PERIOD, previous }));
    expect(find(result, "no-longer-complete-commentary-required")).toMatchObject({ path: "milestones.hub-opening.commentary" });
    doc.milestones.milestones["hub-opening"].commentary = "Second site closed for repairs.";
    expect(codes(checkReturn(doc, context({ periodId: NEXT_PERIOD, previous })).errors)).not.toContain("no-longer-complete-commentary-required");
  });

  it("warns when a milestone due by the end of the quarter covered is not complete", () => {
    const doc: Doc = clone(demo());
    doc.milestones.milestones["hub-opening"] = { status: "on-track" };
    expect(checkReturn(doc, context()).warnings).toEqual([expect.objectContaining({ code: "milestone-overdue", path: "milestones.hub-opening.revisedDate" })]);
    doc.milestones.milestones["hub-opening"] = { status: "on-track", revisedDate: "2023-09-30", commentary: "Opening delayed by building works." };
    expect(codes(checkReturn(doc, context()).warnings)).not.toContain("milestone-overdue");
  });
});

describe("minimum expectations", () => {
  const ID = "infant-feeding.min.hub.peer-support";
  const ids = [ID, "start-for-life-offer.min.general.digital-offer"];

  it("needs progress on every expectation of the plan", () => {
    const doc: Doc = clone(demo());
    delete doc["minimum-expectations"].expectations[ID];
    expect(find(checkReturn(doc, context()), "expectation-progress-missing")).toMatchObject({
      sectionKey: "minimum-expectations",
      path: `expectations[${ID}].progress`,
      guidanceHref: `/catalogue#${ID}`,
    });
  });

  it("only asks about the plan's expectations when given", () => {
    const doc: Doc = { "minimum-expectations": { expectations: {} } };
    const missing = checkReturn(doc, context({ planExpectationIds: [ID] })).errors.filter((e) => e.code === "expectation-progress-missing");
    expect(missing).toHaveLength(1);
  });

  it("needs evidence for an expectation reported as met", () => {
    const doc: Doc = clone(demo());
    doc["minimum-expectations"].expectations[ID] = { progress: "met" };
    expect(find(checkReturn(doc, context()), "evidence-required")).toMatchObject({ path: `expectations[${ID}].evidence` });
    doc["minimum-expectations"].expectations[ID] = { progress: "met", evidence: "Peer supporters at all three hubs since May." };
    expect(codes(checkReturn(doc, context()).errors)).not.toContain("evidence-required");
  });

  it("needs a reason to move an expectation back from met", () => {
    const previous: Doc = clone(demo());
    previous["minimum-expectations"].expectations[ID] = { progress: "met", evidence: "In place." };
    const doc: Doc = clone(demo(NEXT_PERIOD, previous));
    doc["minimum-expectations"].expectations[ID] = { progress: "in-progress" };
    const ctx = context({ periodId: NEXT_PERIOD, previous });
    expect(find(checkReturn(doc, ctx), "no-longer-met-reason-required")).toMatchObject({ path: `expectations[${ID}].noLongerMetReason` });
    doc["minimum-expectations"].expectations[ID].noLongerMetReason = "Peer support provider went into administration.";
    expect(codes(checkReturn(doc, ctx).errors)).not.toContain("no-longer-met-reason-required");
  });

  it("rejects an expectation that is not in the catalogue", () => {
    const doc: Doc = clone(demo());
    doc["minimum-expectations"].expectations["made.up"] = { progress: "met", evidence: "x" };
    expect(find(checkReturn(doc, context()), "unknown-expectation")).toMatchObject({ path: "expectations[made.up]" });
  });

  it("warns when an expectation's deadline has passed and it is not met", () => {
    const doc: Doc = clone(demo());
    doc["minimum-expectations"].expectations["start-for-life-offer.min.general.digital-offer"] = { progress: "in-progress" };
    const result = checkReturn(doc, context({ planExpectationIds: ids }));
    expect(find(result, "deadline-passed")?.message).toContain("31 March 2023");
    doc["minimum-expectations"].expectations["start-for-life-offer.min.general.digital-offer"] = { progress: "met", evidence: "Published online in March 2023." };
    expect(codes(checkReturn(doc, context({ planExpectationIds: ids })).warnings)).not.toContain("deadline-passed");
  });
});

describe("risks", () => {
  const risk = (overrides: Record<string, unknown> = {}) => ({
    id: "risk-a",
    title: "Recruitment",
    likelihood: 5,
    impact: 4,
    status: "open",
    mitigation: "Joint recruitment",
    owner: "Head of Early Help",
    ...overrides,
  });

  it("needs a mitigation and an owner for an open red risk", () => {
    const doc: Doc = { ...clone(demo()), risks: { risks: [risk({ mitigation: "", owner: "" })] } };
    const result = checkReturn(doc, context());
    expect(find(result, "red-risk-mitigation-required")).toMatchObject({ sectionKey: "risks", path: "risks[0].mitigation" });
    expect(find(result, "red-risk-owner-required")).toMatchObject({ path: "risks[0].owner" });
    expect(checkReturn({ ...doc, risks: { risks: [risk()] } }, context()).errors).toEqual([]);
  });

  it("does not need them for an amber risk", () => {
    const doc: Doc = { ...clone(demo()), risks: { risks: [risk({ likelihood: 2, impact: 4, mitigation: "", owner: "" })] } };
    expect(checkReturn(doc, context()).errors).toEqual([]);
  });

  it("needs a reason to close a risk", () => {
    const doc: Doc = { ...clone(demo()), risks: { risks: [risk({ status: "closed" })] } };
    expect(find(checkReturn(doc, context()), "closed-reason-required")).toMatchObject({ path: "risks[0].closedReason" });
    doc.risks.risks[0].closedReason = "Posts filled.";
    expect(checkReturn(doc, context()).errors).toEqual([]);
  });

  it("does not let a risk open last quarter disappear from the register", () => {
    const previous: Doc = { ...clone(demo()), risks: { risks: [risk(), risk({ id: "risk-b", title: "Closed one", status: "closed", closedReason: "Done" })] } };
    const doc: Doc = { ...clone(demo(NEXT_PERIOD, previous)), risks: { risks: [] } };
    const ctx = context({ periodId: NEXT_PERIOD, previous });
    const removed = checkReturn(doc, ctx).errors.filter((e) => e.code === "open-risk-removed");
    expect(removed).toHaveLength(1);
    expect(removed[0]?.message).toContain("Recruitment");
    doc.risks.risks = [risk({ status: "closed", closedReason: "Posts filled." })];
    expect(codes(checkReturn(doc, ctx).errors)).not.toContain("open-risk-removed");
  });
});

describe("successes", () => {
  it("needs at least one success, or confirmation there is nothing to report", () => {
    const doc: Doc = { ...clone(demo()), successes: { successes: [], nothingToReport: false } };
    expect(find(checkReturn(doc, context()), "successes-not-answered")).toMatchObject({ sectionKey: "successes" });
    doc.successes.nothingToReport = true;
    expect(checkReturn(doc, context()).errors).toEqual([]);
    const never: Doc = clone(demo());
    delete never.successes;
    expect(codes(checkReturn(never, context()).errors)).toContain("successes-not-answered");
  });
});

describe("annual questions", () => {
  it("are required in the return that carries them, and ignored otherwise", () => {
    const doc: Doc = clone(demo(ANNUAL_PERIOD));
    doc["annual-questions"] = { serviceImprovements: "Better", jointWorking: "" };
    const ctx = context({ periodId: ANNUAL_PERIOD, includesAnnualQuestions: true });
    expect(checkReturn(doc, ctx).errors).toEqual([expect.objectContaining({ code: "annual-answer-required", path: "jointWorking", sectionKey: "annual-questions" })]);
    doc["annual-questions"].jointWorking = "Weekly allocation meeting.";
    expect(checkReturn(doc, ctx).errors).toEqual([]);
    const quarterly: Doc = clone(demo());
    expect(codes(checkReturn(quarterly, context()).errors)).not.toContain("annual-answer-required");
  });
});

describe("management information", () => {
  const M = (id: string) => `metrics[${id}]`;

  it("reports the catalogue's hard errors at the metric's field", () => {
    const doc: Doc = clone(demo());
    doc.metrics.metrics["infant-feeding.breastfeeding-exclusive-10-14-days"] = 70; // above any (65)
    const issue = find(checkReturn(doc, context()), "exclusive-above-any");
    expect(issue).toMatchObject({ sectionKey: "metrics", path: M("infant-feeding.breastfeeding-exclusive-10-14-days") });
  });

  it("reports type and bounds errors of a stored document that bypassed the schema", () => {
    const doc: Doc = clone(demo());
    doc.metrics.metrics["family-hubs.workforce.staff-turnover"] = 120;
    doc.metrics.metrics["family-hubs.workforce.staff-count"] = -1;
    doc.metrics.metrics["family-hubs.workforce.staff-by-profession"] = { midwife: "x" };
    const errors = checkReturn(doc, context()).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "percentage-above-100", path: M("family-hubs.workforce.staff-turnover") }),
        expect.objectContaining({ code: "negative", path: M("family-hubs.workforce.staff-count") }),
        expect.objectContaining({ path: "metrics[family-hubs.workforce.staff-by-profession].midwife" }),
      ]),
    );
  });

  it("reports errors in the register of services at the row and field", () => {
    const doc: Doc = clone(demo());
    doc.services.services[1]["age-from-years"] = 15;
    expect(find(checkReturn(doc, context()), "age-range-reversed")).toMatchObject({ sectionKey: "services", path: "services[1].age-from-years" });
  });

  it("warns about a change of more than half since last quarter", () => {
    const previous = demo();
    const doc: Doc = clone(demo(NEXT_PERIOD, previous));
    const ctx = context({ periodId: NEXT_PERIOD, previous });
    expect(checkReturn(doc, ctx).warnings).toEqual([]);
    doc.metrics.metrics["early-language.workforce-hired"] = 10; // 3 → 10
    const issue = find(checkReturn(doc, ctx), "large-change");
    expect(issue).toMatchObject({ sectionKey: "metrics", path: M("early-language.workforce-hired") });
    expect(warningKey(issue!)).toBe("metrics:metrics[early-language.workforce-hired]:large-change");
  });

  it("warns when the 6 to 8 week rate is above the 10 to 14 day rate", () => {
    const doc: Doc = clone(demo());
    doc.metrics.metrics["infant-feeding.breastfeeding-any-6-8-weeks"] = 66;
    expect(find(checkReturn(doc, context()), "rate-rises-6-8-weeks")).toMatchObject({ path: M("infant-feeding.breastfeeding-any-6-8-weeks") });
  });

  it("warns when the Parent and Carer Panel meets less often than every second month", () => {
    const doc: Doc = clone(demo());
    doc.metrics.metrics["parent-carer-panels.meetings-per-year"] = 4;
    expect(find(checkReturn(doc, context()), "panel-meets-rarely")).toBeDefined();
  });

  it("warns about each minimum figure due but not given, and an empty register", () => {
    const doc: Doc = clone(demo());
    delete doc.metrics.metrics["parenting.parents-supported"];
    doc.services.services = [];
    const warnings = checkReturn(doc, context()).warnings;
    expect(warnings).toEqual([
      expect.objectContaining({ code: "metric-not-given", sectionKey: "services", path: "services" }),
      expect.objectContaining({ code: "metric-not-given", path: M("parenting.parents-supported") }),
    ]);
  });

  it("asks for annual figures only in the annual return", () => {
    const doc: Doc = clone(demo());
    const annualWarnings = checkReturn(doc, context({ includesAnnualQuestions: true, periodId: ANNUAL_PERIOD })).warnings;
    expect(annualWarnings.map((w) => w.path)).toContain(M("parent-carer-panels.members-by-type"));
    expect(checkReturn(doc, context()).warnings).toEqual([]);
  });

  it("reports a section that does not parse with its schema messages", () => {
    const doc: Doc = clone(demo());
    doc.metrics = { metrics: { "family-hubs.workforce.staff-count": "lots" } };
    expect(checkReturn(doc, context({ periodId: PERIOD })).errors).toEqual([
      expect.objectContaining({ sectionKey: "metrics", path: M("family-hubs.workforce.staff-count"), code: "wrong-type" }),
    ]);
  });
});
