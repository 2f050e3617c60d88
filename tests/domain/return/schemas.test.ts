import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { formDataToObject } from "@/schemas/form-data";
import { fieldErrorsFrom } from "@/schemas/form-state";
import { ZReturnAnnualQuestions } from "@/schemas/return/annual-questions";
import { ZReturnMetrics } from "@/schemas/return/metrics";
import { ZReturnMilestones } from "@/schemas/return/milestones";
import { ZReturnExpectations } from "@/schemas/return/minimum-expectations";
import { ZReturnRisks } from "@/schemas/return/risks";
import { ZReturnServices } from "@/schemas/return/services";
import { ZReturnSuccesses } from "@/schemas/return/successes";
import { RETURN_SCHEMAS } from "@/domain/return/sections";
import { demo } from "./fixtures";

function form(entries: [string, string][]): Record<string, unknown> {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return formDataToObject(data);
}

/** Parses form input, then checks the output re-parses to itself (the JSON API and stored data). */
function parseTwice<T>(schema: z.ZodType<T>, input: unknown): T {
  const once = schema.parse(input);
  const stored = JSON.parse(JSON.stringify(once)) as unknown;
  expect(schema.parse(stored)).toEqual(stored);
  return once;
}

function errors(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrorsFrom(result.error);
}

describe("every section schema", () => {
  it("re-parses the demo return's sections to themselves", () => {
    const doc = demo();
    for (const [key, schema] of Object.entries(RETURN_SCHEMAS)) {
      if (doc[key] === undefined) continue;
      expect(schema.parse(doc[key]), key).toEqual(doc[key]);
    }
  });
});

describe("milestones", () => {
  it("reads posted statuses, date parts and commentary keyed by milestone id", () => {
    const data = parseTwice(
      ZReturnMilestones,
      form([
        ["milestones[hub-opening].status", "at-risk"],
        ["milestones[hub-opening].revisedDate.day", "30"],
        ["milestones[hub-opening].revisedDate.month", "9"],
        ["milestones[hub-opening].revisedDate.year", "2023"],
        ["milestones[hub-opening].commentary", "  Builder delayed.  "],
        ["milestones[q.2024.1].status", ""],
        ["milestones[q.2024.1].revisedDate.day", ""],
        ["milestones[q.2024.1].revisedDate.month", ""],
        ["milestones[q.2024.1].revisedDate.year", ""],
        ["milestones[q.2024.1].commentary", ""],
      ]),
    );
    expect(data.milestones["hub-opening"]).toEqual({ status: "at-risk", revisedDate: "2023-09-30", commentary: "Builder delayed." });
    expect(data.milestones["q.2024.1"]).toEqual({ status: undefined, revisedDate: undefined, commentary: undefined });
  });

  it("rejects an unknown status and a half-entered date", () => {
    expect(
      errors(ZReturnMilestones, { milestones: { a: { status: "done", revisedDate: { day: "1", month: "", year: "2023" } } } }),
    ).toEqual({ "milestones.a.status": "Select the milestone's status", "milestones.a.revisedDate": "The revised date must include a month" });
  });
});

describe("minimum expectations", () => {
  it("reads progress keyed by dotted catalogue id", () => {
    const data = parseTwice(
      ZReturnExpectations,
      form([
        ["expectations[infant-feeding.min.hub.peer-support].progress", "met"],
        ["expectations[infant-feeding.min.hub.peer-support].evidence", "In place at all hubs"],
      ]),
    );
    expect(data.expectations["infant-feeding.min.hub.peer-support"]).toMatchObject({ progress: "met", evidence: "In place at all hubs" });
    expect(errors(ZReturnExpectations, { expectations: { x: { progress: "done" } } })).toEqual({ "expectations.x.progress": "Select the progress on this expectation" });
  });
});

describe("risks", () => {
  it("derives the rating, generates an id for a new risk and keeps a supplied one", () => {
    const data = parseTwice(
      ZReturnRisks,
      form([
        ["risks[0].title", "Recruitment"],
        ["risks[0].likelihood", "5"],
        ["risks[0].impact", "3"],
        ["risks[0].rating", "green"],
        ["risks[0].status", ""],
        ["risks[1].id", "risk-kept"],
        ["risks[1].title", "Estates"],
        ["risks[1].likelihood", "2"],
        ["risks[1].impact", "2"],
        ["risks[1].status", "closed"],
        ["risks[1].closedReason", "Done"],
      ]),
    );
    expect(data.risks[0]).toMatchObject({ title: "Recruitment", rating: "red", status: "open" });
    expect(data.risks[0]?.id).toMatch(/^risk-[0-9a-f-]{36}$/);
    expect(data.risks[1]).toMatchObject({ id: "risk-kept", rating: "green", status: "closed", closedReason: "Done" });
  });

  it("explains missing and out-of-range scores, and duplicate ids", () => {
    expect(errors(ZReturnRisks, { risks: [{ title: "", likelihood: "6", impact: "x" }] })).toEqual({
      "risks[0].title": "Enter a title for the risk",
      "risks[0].likelihood": "Select a likelihood from 1 to 5",
      "risks[0].impact": "Select an impact from 1 to 5",
    });
    const twice = { id: "r1", title: "A", likelihood: 1, impact: 1 };
    expect(errors(ZReturnRisks, { risks: [twice, twice] })).toEqual({ "risks[1].id": "Each risk must have its own id" });
  });
});

describe("successes and annual questions", () => {
  it("read a list of successes with a share checkbox", () => {
    const data = parseTwice(
      ZReturnSuccesses,
      form([
        ["successes[0].title", "Feeding café"],
        ["successes[0].description", "Co-designed with the panel"],
        ["successes[0].shareWithOtherAreas", "yes"],
      ]),
    );
    expect(data).toEqual({
      successes: [{ title: "Feeding café", description: "Co-designed with the panel", strand: undefined, shareWithOtherAreas: true }],
      nothingToReport: false,
    });
    expect(errors(ZReturnSuccesses, { successes: [{ title: "x" }] })).toEqual({ "successes[0].description": "Enter what happened and why it worked" });
  });

  it("accept blank annual answers for a draft", () => {
    expect(parseTwice(ZReturnAnnualQuestions, form([["serviceImprovements", ""], ["jointWorking", " Joint panel "]]))).toEqual({
      serviceImprovements: undefined,
      jointWorking: "Joint panel",
    });
  });
});

describe("register of services", () => {
  it("coerces posted strings to each field's unit and drops blank rows", () => {
    const data = parseTwice(
      ZReturnServices,
      form([
        ["services[0].name", "Baby café"],
        ["services[0].location", "Northgate Hub"],
        ["services[0].age-from-years", "0"],
        ["services[0].age-to-years", "2"],
        ["services[0].antenatal", "yes"],
        ["services[0].date-opened.day", "1"],
        ["services[0].date-opened.month", "2"],
        ["services[0].date-opened.year", "2023"],
        ["services[0].opening-hours-per-week", "7.5"],
        ["services[0].physical-access-types[]", "walk-in"],
        ["services[0].physical-access-types[]", "home-visit"],
        ["services[0].commissioning-route", "commissioned"],
        ["services[1].name", ""],
        ["services[1].location", ""],
      ]),
    );
    expect(data.services).toEqual([
      {
        name: "Baby café",
        location: "Northgate Hub",
        "age-from-years": 0,
        "age-to-years": 2,
        antenatal: true,
        "date-opened": "2023-02-01",
        "opening-hours-per-week": 7.5,
        "physical-access-types": ["walk-in", "home-visit"],
        "commissioning-route": "commissioned",
      },
    ]);
  });

  it("gives the catalogue's messages at the posted row and field", () => {
    expect(
      errors(ZReturnServices, {
        services: [
          { name: "", location: "" },
          { name: "A", location: "", "opening-hours-per-week": "200", "commissioning-route": "magic" },
        ],
      }),
    ).toEqual({
      "services[1].commissioning-route": "Select one of the options for Commissioning route",
      "services[1].location": "Enter location for row 1 of Services offered in your area.",
      "services[1].opening-hours-per-week": "Opening hours per week (row 1) must be from 0 to 168.",
    });
  });
});

describe("metrics", () => {
  it("coerces values posted as metrics[<id>] to their unit", () => {
    const data = parseTwice(
      ZReturnMetrics,
      form([
        ["metrics[family-hubs.workforce.staff-count]", "1,250"],
        ["metrics[infant-feeding.breastfeeding-initiation]", "74.5%"],
        ["metrics[start-for-life-offer.published]", "yes"],
        ["metrics[start-for-life-offer.promotion-methods][]", "social-media"],
        ["metrics[family-hubs.workforce.staff-by-profession].midwife", "4"],
        ["metrics[family-hubs.workforce.staff-by-profession].other", ""],
        ["metrics[parenting.programme-types]", " Triple P "],
        ["metrics[parenting.parents-supported]", ""],
      ]),
    );
    expect(data.metrics).toEqual({
      "family-hubs.workforce.staff-count": 1250,
      "infant-feeding.breastfeeding-initiation": 74.5,
      "start-for-life-offer.published": true,
      "start-for-life-offer.promotion-methods": ["social-media"],
      "family-hubs.workforce.staff-by-profession": { midwife: 4 },
      "parenting.programme-types": "Triple P",
    });
  });

  it("rejects wrong types, values out of bounds and metrics not collected in the return, with clear messages", () => {
    expect(
      errors(ZReturnMetrics, {
        metrics: {
          "family-hubs.workforce.staff-count": "lots",
          "family-hubs.workforce.staff-trained": "2.5",
          "family-hubs.workforce.staff-turnover": "101",
          "infant-feeding.mothers-partners-accessing-support": "-3",
          "family-hubs.workforce.staff-by-profession": { wizard: "1" },
          "infant-feeding.understand-offer": "Good",
          "made.up": "1",
        },
      }),
    ).toEqual({
      "metrics[family-hubs.workforce.staff-count]": "Number of staff must be a number, like 12 or 12.5",
      "metrics[family-hubs.workforce.staff-trained]": "Number of staff who went through training must be a whole number. Enter 3 rather than 2.5.",
      "metrics[family-hubs.workforce.staff-turnover]": "Staff turnover is a percentage and cannot be more than 100. Enter a figure from 0 to 100.",
      "metrics[infant-feeding.mothers-partners-accessing-support]": "Number of mothers and partners who used infant feeding support cannot be negative. Enter 0 or more.",
      "metrics[family-hubs.workforce.staff-by-profession].wizard": 'Staff by profession has a category we do not collect: "wizard"',
      "metrics[infant-feeding.understand-offer]": "Mothers' understanding of what support is offered and how to get it is not collected in this section of the return",
      "metrics[made.up]": 'We do not collect "made.up". Remove it.',
    });
  });

  it("leaves rules between values to the return rules, so a draft can be saved", () => {
    const data = ZReturnMetrics.parse({
      metrics: { "infant-feeding.breastfeeding-any-10-14-days": "40", "infant-feeding.breastfeeding-exclusive-10-14-days": "50" },
    });
    expect(Object.keys(data.metrics)).toHaveLength(2);
  });
});
