import { describe, expect, it } from "vitest";
import { expectationsFor } from "@/catalogue/lookup";
import { checkPlan } from "@/domain/plan-rules";
import { fullPlanDocument } from "@/domain/plan/demo-plans";
import { MILESTONE_QUARTERS } from "@/domain/plan/milestone-quarters";
import { codes, contextFor, errorsOf, LA, planWith, TRAILBLAZER, warningsOf } from "./helpers";

// Each rule: the full demo plan passes it; one change makes it fail, at the field's path, with a specific message.

const valid = fullPlanDocument(LA);
const only = (code: string) => (issue: { code: string }) => issue.code === code;

it("the full demo plan breaks no rule", () => {
  expect(errorsOf(valid)).toEqual([]);
  expect(errorsOf(fullPlanDocument(TRAILBLAZER), contextFor(TRAILBLAZER))).toEqual([]);
});

describe("every minimum expectation has a status", () => {
  const [first] = expectationsFor({ strand: "infant-feeding", kind: "minimum" });

  it("names each unanswered expectation, linking to its catalogue entry", () => {
    const errors = errorsOf(planWith("minimum-expectations", (d) => delete d.expectations[first!.id])).filter(only("expectation-status-missing"));
    expect(errors).toEqual([
      expect.objectContaining({ sectionKey: "minimum-expectations", path: `expectations[${first!.id}].status`, guidanceHref: `/catalogue#${first!.id}` }),
    ]);
    expect(errors[0]?.message).toMatch(/^Select whether '.+' is already met, will be met by a target date or is at risk$/);
  });

  it("reports a strand with no answers once", () => {
    const errors = errorsOf(planWith("minimum-expectations", (d) => {
      for (const e of expectationsFor({ strand: "infant-feeding", kind: "minimum" })) delete d.expectations[e.id];
    }));
    expect(errors).toEqual([expect.objectContaining({ code: "strand-statuses-missing", path: "strands.infant-feeding", message: "Give a status for each of the 27 minimum expectations for infant feeding" })]);
  });
});

describe("a target date no later than the deadline unless already met", () => {
  const offer = expectationsFor({ strand: "start-for-life-offer", kind: "minimum" }).find((e) => e.deadline === "2023-03-31")!;

  it("accepts a target on the deadline and any status of met", () => {
    expect(errorsOf(planWith("minimum-expectations", (d) => (d.expectations[offer.id] = { status: "planned", targetDate: "2023-03-31" })))).toEqual([]);
    expect(errorsOf(planWith("minimum-expectations", (d) => (d.expectations[offer.id] = { status: "met" })))).toEqual([]);
  });

  it("rejects a target after the catalogue's deadline, planned or at risk", () => {
    for (const status of ["planned", "at-risk"] as const) {
      const errors = errorsOf(planWith("minimum-expectations", (d) => (d.expectations[offer.id] = { status, targetDate: "2023-04-01", reason: "Printing delayed" })));
      expect(errors).toEqual([
        expect.objectContaining({ code: "target-after-deadline", path: `expectations[${offer.id}].targetDate`, guidanceHref: `/catalogue#${offer.id}` }),
      ]);
      expect(errors[0]?.message).toMatch(/must be on or before 31 March 2023, its deadline/);
    }
  });

  it("reports a missing target date at the date field", () => {
    const errors = errorsOf(planWith("minimum-expectations", (d) => (d.expectations[offer.id] = { status: "planned" })));
    expect(errors).toEqual([expect.objectContaining({ code: "target-date-missing", path: `expectations[${offer.id}].targetDate` })]);
  });
});

describe("fixed milestones exist with dates inside their windows", () => {
  it("requires each fixed milestone's date", () => {
    const errors = errorsOf(planWith("milestones", (d) => delete d.fixed["start-for-life-offer-published"]));
    expect(errors).toEqual([
      expect.objectContaining({ code: "fixed-milestone-missing", path: "fixed.start-for-life-offer-published.date", message: "Enter the date for 'Publish the Start for Life offer'. It must be between 1 April 2022 and 31 March 2023" }),
    ]);
  });

  it("rejects a date outside the window, and accepts its last day", () => {
    expect(errorsOf(planWith("milestones", (d) => (d.fixed["hub-opening"]!.date = "2023-06-30")))).toEqual([]);
    const errors = errorsOf(planWith("milestones", (d) => (d.fixed["hub-opening"]!.date = "2023-07-01")));
    expect(errors).toEqual([
      expect.objectContaining({ code: "fixed-milestone-outside-window", path: "fixed.hub-opening.date", message: "The date for 'Open family hubs and deliver visible change for families' must be between 1 January 2023 and 30 June 2023. Change the date" }),
    ]);
  });

  it("asks what the hub opening milestone will look like", () => {
    expect(codes(errorsOf(planWith("milestones", (d) => delete d.fixed["hub-opening"]!.description)))).toEqual(["required"]);
  });

  it("takes the needs assessment's date from its own section, inside 2022 to 2023", () => {
    const errors = errorsOf(planWith("needs-assessment", (d) => Object.assign(d, { approach: "planned", plannedCompletionDate: "2023-04-30" })));
    expect(errors).toEqual([expect.objectContaining({ sectionKey: "needs-assessment", code: "needs-assessment-outside-window", path: "plannedCompletionDate" })]);
    expect(errors[0]?.message).toMatch(/^The planned completion date must be between 1 April 2022 and 31 March 2023/);
  });

  it("accepts a recent needs assessment, but not one dated in the future", () => {
    const recent = (completedDate: string) => planWith("needs-assessment", (d) => Object.assign(d, { approach: "recent", completedDate, reference: "JSNA 2021", plannedCompletionDate: undefined }));
    expect(errorsOf(recent("2021-06-30"))).toEqual([]);
    expect(codes(errorsOf(recent("2023-01-31")))).toEqual(["needs-assessment-in-future"]);
  });

  it("requires the needs assessment section", () => {
    const document = fullPlanDocument(LA);
    delete document["needs-assessment"];
    expect(errorsOf(document)).toEqual([expect.objectContaining({ code: "needs-assessment-missing", path: "approach" })]);
  });
});

describe("at least one milestone per quarter until the end of the programme", () => {
  it("starts in January to March 2023 and ends in January to March 2025", () => {
    expect(MILESTONE_QUARTERS.map((q) => q.id)).toEqual(["2022-23-Q4", "2023-24-Q1", "2023-24-Q2", "2023-24-Q3", "2023-24-Q4", "2024-25-Q1", "2024-25-Q2", "2024-25-Q3", "2024-25-Q4"]);
  });

  it("names each quarter without a milestone", () => {
    const errors = errorsOf(planWith("milestones", (d) => (d.transformation = d.transformation.filter((m) => !m.date.startsWith("2024-06")))));
    expect(errors).toEqual([expect.objectContaining({ code: "quarter-without-milestone", path: "quarters.2024-25-Q1", message: "Add at least one milestone between April and June 2024. Your plan needs a milestone in every quarter until the programme ends on 31 March 2025" })]);
  });

  it("counts fixed milestones towards their quarter", () => {
    // The demo's fixed milestones are all in January to March 2023.
    expect(errorsOf(planWith("milestones", (d) => (d.transformation = d.transformation.filter((m) => !m.date.startsWith("2023-03")))))).toEqual([]);
  });

  it("rejects a milestone after the programme ends", () => {
    expect(codes(errorsOf(planWith("milestones", (d) => d.transformation.push({ id: "m-review", title: "Review", date: "2025-06-30" }))))).toEqual(["milestone-outside-programme"]);
  });
});

describe("at least one go-further per funded strand", () => {
  it("asks for one in a strand with none", () => {
    const errors = errorsOf(planWith("go-further", (d) => {
      for (const id of Object.keys(d.chosen)) if (id.startsWith("early-language.")) delete d.chosen[id];
    }));
    expect(errors).toEqual([expect.objectContaining({ code: "go-further-missing", path: "strands.early-language", guidanceHref: "/catalogue#strand-early-language", message: "Choose at least one 'go further' option for early language and the home learning environment, or add your own idea" })]);
  });

  it("counts the LA's own ideas", () => {
    const document = planWith("go-further", (d) => {
      for (const id of Object.keys(d.chosen)) if (id.startsWith("early-language.")) delete d.chosen[id];
      d.own.push({ title: "Chatter bags", description: "Book and toy bags lent from every hub", strand: "early-language", startQuarter: "2023-24-Q1" });
    });
    expect(errorsOf(document)).toEqual([]);
  });

  it("does not ask for one in strands the programme does not fund", () => {
    expect(errorsOf(planWith("go-further", (d) => (d.own = d.own.filter((i) => i.strand !== "family-hubs"))))).toEqual([]);
  });
});

describe("more go-furthers where most minimum expectations are already met", () => {
  it("warns, without blocking, in a strand mostly met with one go-further", () => {
    const warnings = warningsOf(valid).filter(only("more-go-further-expected"));
    expect(warnings).toEqual([expect.objectContaining({ sectionKey: "go-further", path: "strands.parent-carer-panels" })]);
    expect(warnings[0]?.message).toMatch(/^You already meet 4 of the 6 minimum expectations for Parent and Carer Panels/);
  });

  it("is satisfied by a second go-further", () => {
    const document = planWith("go-further", (d) => d.own.push({ title: "Young parents' panel", description: "A panel for parents under 25", strand: "parent-carer-panels", startQuarter: "2023-24-Q2" }));
    expect(warningsOf(document).filter(only("more-go-further-expected"))).toEqual([]);
  });
});

describe("a trailblazer's go-furthers in its trailblazer strands start in 2022 to 2023", () => {
  const context = contextFor(TRAILBLAZER);

  it("passes when each trailblazer strand has one starting in year one", () => {
    expect(checkPlan(fullPlanDocument(TRAILBLAZER), context).errors).toEqual([]);
  });

  it("fails for a trailblazer strand whose go-furthers all start later", () => {
    const document = planWith("go-further", (d) => {
      for (const entry of Object.values(d.chosen)) entry.startQuarter = "2023-24-Q1";
    }, TRAILBLAZER);
    const errors = checkPlan(document, context).errors;
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ["trailblazer-go-further-not-year-one", "strands.parenting"],
      ["trailblazer-go-further-not-year-one", "strands.infant-feeding"],
    ]);
    expect(errors[0]?.message).toBe("As a trailblazer for parenting support, at least one of your 'go further' options for it must start in 2022 to 2023. Choose a start quarter between 1 April 2022 and 31 March 2023");
    // The same plan is fine for an LA that is not a trailblazer.
    expect(checkPlan(document, contextFor(LA)).errors).toEqual([]);
  });

  it("needs a trailblazer commitment for each trailblazer strand, and ignores the section for others", () => {
    const document = planWith("trailblazer-commitments", (d) => (d.strands["infant-feeding"] = {}), TRAILBLAZER);
    expect(checkPlan(document, context).errors).toEqual([expect.objectContaining({ code: "trailblazer-commitment-missing", path: "strands.infant-feeding.commitment" })]);
    expect(checkPlan({ ...valid, "trailblazer-commitments": { strands: { nonsense: {} } } }, contextFor(LA)).errors).toEqual([]);
  });
});

describe("a single accountable lead is named with an email", () => {
  it("asks for the lead's name and email", () => {
    const errors = errorsOf(planWith("leadership", (d) => (d.accountableLead = { jobTitle: "Director of Public Health" })));
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ["accountable-lead-missing", "accountableLead.name"],
      ["accountable-lead-email-missing", "accountableLead.email"],
    ]);
    expect(errors[0]?.guidanceHref).toBe("/catalogue#programme.min.general.single-accountable-lead");
  });

  it("asks for at least one named programme lead and the governance", () => {
    const errors = errorsOf(planWith("leadership", (d) => Object.assign(d, { namedLeads: {}, governance: undefined })));
    expect(errors.map((e) => [e.code, e.path])).toEqual([["named-leads-missing", "namedLeads"], ["required", "governance"]]);
  });
});

describe("each hub has a postcode in valid UK format", () => {
  it("rejects a missing or malformed postcode at the hub's field", () => {
    const bad = planWith("hubs", (d) => (d.hubs[2]!.postcode = "M1 1"));
    expect(errorsOf(bad)).toEqual([{ sectionKey: "hubs", path: "hubs[2].postcode", code: "hub-postcode-invalid", message: "Enter a real postcode, like SW1A 1AA" }]);
    const missing = planWith("hubs", (d) => delete d.hubs[0]!.postcode);
    expect(errorsOf(missing)).toEqual([{ sectionKey: "hubs", path: "hubs[0].postcode", code: "hub-postcode-missing", message: "Enter the hub's postcode" }]);
  });
});

describe("the hubs", () => {
  it("need at least one family hub", () => {
    expect(codes(errorsOf(planWith("hubs", (d) => (d.hubs = d.hubs.filter((h) => h.kind !== "family-hub")))))).toEqual(["no-family-hub"]);
  });

  it("need a family hub open by the end of the hub opening window", () => {
    const errors = errorsOf(planWith("hubs", (d) => (d.hubs[0]!.openingDate = "2023-07-03")));
    expect(errors).toEqual([expect.objectContaining({ code: "no-hub-open-by-milestone", path: "hubs[0].openingDate" })]);
  });

  it("warn about a family hub serving 0 to 5 only", () => {
    expect(warningsOf(valid).filter(only("family-hub-age-range"))).toEqual([expect.objectContaining({ path: "hubs[1].ageRange" })]);
    expect(warningsOf(planWith("hubs", (d) => (d.hubs[1]!.ageRange = "0-19"))).filter(only("family-hub-age-range"))).toEqual([]);
  });
});

describe("the ambition", () => {
  it("needs all three answers", () => {
    expect(errorsOf(planWith("ambition", (d) => delete d.startingPoint))).toEqual([expect.objectContaining({ code: "required", path: "startingPoint" })]);
  });
});

describe("data that fails its schema", () => {
  it("is reported with the schema's message at the form field, and the section's other rules are skipped", () => {
    const errors = errorsOf({ ...valid, hubs: { hubs: [{ name: "", kind: "family-hub", postcode: "M1 1AE", openingDate: "2023-03-01", ageRange: "0-19" }] } });
    expect(errors).toEqual([{ sectionKey: "hubs", path: "hubs[0].name", code: "invalid", message: "Enter the name of the hub or site" }]);
    const unknown = errorsOf({ ...valid, "minimum-expectations": { expectations: { "made.up.id": { status: "met" } } } });
    expect(unknown).toEqual([expect.objectContaining({ path: "expectations[made.up.id]", code: "unknown-expectation" })]);
  });
});
