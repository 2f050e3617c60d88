import { describe, expect, it } from "vitest";
import { expectationsFor } from "@/catalogue/lookup";
import { fullPlanDocument } from "@/domain/plan/demo-plans";
import { PLAN_SECTION_KEYS, PLAN_SECTION_SCHEMAS } from "@/domain/plan/section-schemas";
import { formDataToObject } from "@/schemas/form-data";
import { ZPlanAmbition } from "@/schemas/plan/ambition";
import { mergeStrandGoFurther, strandGoFurtherSchema, ZPlanGoFurther } from "@/schemas/plan/go-further";
import { ZPlanHubs } from "@/schemas/plan/hubs";
import { ZPlanLeadership } from "@/schemas/plan/leadership";
import { ZPlanMilestones } from "@/schemas/plan/milestones";
import { mergeStrandExpectations, parseStrandExpectations, ZPlanMinimumExpectations } from "@/schemas/plan/minimum-expectations";
import { ZPlanNeedsAssessment } from "@/schemas/plan/needs-assessment";
import { ZPlanTrailblazerCommitments } from "@/schemas/plan/trailblazer-commitments";
import { form, TRAILBLAZER } from "./helpers";

function messagesAt(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.map(String).join("."), i.message]));
}

/** Parses, then checks that the saved output parses to itself (the API and re-saves use the same schema). */
function roundTrip<T>(schema: { parse(v: unknown): T }, input: unknown): T {
  const once = schema.parse(input);
  expect(schema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  return once;
}

const [KEY_CONTACT, TRANSITION] = expectationsFor({ strand: "parenting", kind: "minimum" });
const [SOCIAL_NETWORKS] = expectationsFor({ strand: "parenting", kind: "go-further" });

describe("every section schema", () => {
  it("re-parses the demo plan's sections to themselves", () => {
    const document = fullPlanDocument(TRAILBLAZER);
    for (const key of PLAN_SECTION_KEYS) roundTrip<unknown>(PLAN_SECTION_SCHEMAS[key], document[key]);
  });
});

describe("ambition", () => {
  it("accepts a partly filled form and saves blanks as nothing", () => {
    const data = roundTrip(ZPlanAmbition, formDataToObject(form({ ambition: "  Every family knows its hub  ", earlyHelpFit: "", startingPoint: "" })));
    expect(data).toEqual({ ambition: "Every family knows its hub" });
  });

  it("limits the length of the answers", () => {
    expect(messagesAt(ZPlanAmbition.safeParse({ ambition: "x".repeat(5001) }))).toEqual({ ambition: "Your ambition for the three years must be 5,000 characters or fewer" });
  });
});

describe("hubs", () => {
  const row = { "hubs[0].name": "Central Family Hub", "hubs[0].kind": "family-hub", "hubs[0].postcode": "sw1a1aa", "hubs[0].openingDate.day": "1", "hubs[0].openingDate.month": "3", "hubs[0].openingDate.year": "2023", "hubs[0].ageRange": "0-19", "hubs[0].hoursPerWeek": "37.5", "hubs[0].coLocatedServices": "" };

  it("turns the posted form into a hub with a standard postcode, an ISO date and a number", () => {
    const data = roundTrip(ZPlanHubs, formDataToObject(form(row)));
    expect(data.hubs[0]).toEqual({ name: "Central Family Hub", kind: "family-hub", postcode: "SW1A 1AA", openingDate: "2023-03-01", ageRange: "0-19", hoursPerWeek: 37.5 });
  });

  it("asks for a real postcode, except for a virtual offer", () => {
    expect(messagesAt(ZPlanHubs.safeParse(formDataToObject(form({ ...row, "hubs[0].postcode": "NOT A CODE" }))))).toEqual({ "hubs.0.postcode": "Enter a real postcode, like SW1A 1AA" });
    expect(messagesAt(ZPlanHubs.safeParse(formDataToObject(form({ ...row, "hubs[0].postcode": "" }))))).toEqual({ "hubs.0.postcode": "Enter the hub's postcode" });
    expect(ZPlanHubs.safeParse(formDataToObject(form({ ...row, "hubs[0].kind": "virtual", "hubs[0].postcode": "" }))).success).toBe(true);
  });

  it("gives GOV.UK messages for missing answers and out-of-range hours", () => {
    const messages = messagesAt(ZPlanHubs.safeParse({ hubs: [{ name: "", kind: "", postcode: "M1 1AE", openingDate: { day: "1", month: "", year: "2023" }, ageRange: "", hoursPerWeek: "200" }] }));
    expect(messages).toEqual({
      "hubs.0.name": "Enter the name of the hub or site",
      "hubs.0.kind": "Select what kind of site this is",
      "hubs.0.openingDate": "The opening date must include a month",
      "hubs.0.ageRange": "Select the age range the site serves",
      "hubs.0.hoursPerWeek": "Opening hours per week must be between 0 and 168",
    });
    expect(messagesAt(ZPlanHubs.safeParse({ hubs: [{ ...ZPlanHubs.parse(formDataToObject(form(row))).hubs[0], hoursPerWeek: "lots" }] }))).toEqual({
      "hubs.0.hoursPerWeek": "Opening hours per week must be a number, like 37.5",
    });
  });
});

describe("leadership", () => {
  it("keys named leads by the catalogue's roles and drops blank ones", () => {
    const posted = formDataToObject(
      form({ "accountableLead.name": "Alex Morgan", "accountableLead.jobTitle": "", "accountableLead.email": "Alex.Morgan@Example.gov.uk", "namedLeads.data-lead.name": "Chris", "namedLeads.data-lead.email": "", "namedLeads.change-manager.name": "", "namedLeads.change-manager.email": "", governance: "" }),
    );
    const data = roundTrip(ZPlanLeadership, posted);
    expect(data).toEqual({ accountableLead: { name: "Alex Morgan", email: "alex.morgan@example.gov.uk" }, namedLeads: { "data-lead": { name: "Chris" } } });
  });

  it("rejects a bad email, an unknown role and an email without a name", () => {
    const messages = messagesAt(ZPlanLeadership.safeParse({ accountableLead: { email: "alex" }, namedLeads: { boss: { name: "X" }, "data-lead": { email: "d@example.gov.uk" } } }));
    expect(messages).toEqual({
      "accountableLead.email": "Enter an email address in the correct format, like name@example.gov.uk",
      "namedLeads.boss": '"boss" is not one of the programme lead roles',
      "namedLeads.data-lead.name": "Enter the name of the person in this role, or remove their email address",
    });
  });
});

describe("needs assessment", () => {
  it("keeps only the answers for the chosen approach", () => {
    const posted = formDataToObject(form({ approach: "planned", "plannedCompletionDate.day": "28", "plannedCompletionDate.month": "2", "plannedCompletionDate.year": "2023", "completedDate.day": "1", "completedDate.month": "1", "completedDate.year": "2021", reference: "old" }));
    expect(roundTrip(ZPlanNeedsAssessment, posted)).toEqual({ approach: "planned", plannedCompletionDate: "2023-02-28" });
  });

  it("asks for the answers the approach needs", () => {
    expect(messagesAt(ZPlanNeedsAssessment.safeParse({}))).toEqual({ approach: "Select whether you will complete a needs assessment in 2022 to 2023 or have completed one recently" });
    expect(messagesAt(ZPlanNeedsAssessment.safeParse({ approach: "recent", completedDate: { day: "", month: "", year: "" } }))).toEqual({
      completedDate: "Enter the date the needs assessment was completed",
      reference: "Enter the title or web address of the needs assessment",
    });
  });
});

describe("minimum expectations", () => {
  const id = KEY_CONTACT!.id;
  const other = TRANSITION!.id;

  it("reads a strand page, ignoring untouched rows", () => {
    const posted = formDataToObject(form({ [`expectations[${id}].status`]: "planned", [`expectations[${id}].targetDate.day`]: "30", [`expectations[${id}].targetDate.month`]: "9", [`expectations[${id}].targetDate.year`]: "2024", [`expectations[${other}].targetDate.day`]: "", [`expectations[${other}].targetDate.month`]: "", [`expectations[${other}].targetDate.year`]: "", [`expectations[${other}].reason`]: "" }));
    const parsed = parseStrandExpectations("parenting", posted);
    expect(parsed.success && parsed.data).toEqual({ expectations: { [id]: { status: "planned", targetDate: "2024-09-30" } } });
    roundTrip(ZPlanMinimumExpectations, posted);
  });

  it("needs a target date unless met, and a reason when at risk", () => {
    const messages = messagesAt(ZPlanMinimumExpectations.safeParse({ expectations: { [id]: { status: "planned" }, [other]: { status: "at-risk", targetDate: "2024-01-31" } } }));
    expect(messages[`expectations.${id}.targetDate`]).toMatch(/^Enter the target date for 'Every family can reach a named key contact/);
    expect(messages[`expectations.${other}.reason`]).toMatch(/^Enter why '.*' is at risk$/);
    expect(ZPlanMinimumExpectations.parse({ expectations: { [id]: { status: "met", targetDate: "2024-01-31" } } })).toEqual({ expectations: { [id]: { status: "met" } } });
  });

  it("rejects ids the catalogue does not have, go-further ids, other strands' ids and opting out where not allowed", () => {
    expect(messagesAt(ZPlanMinimumExpectations.safeParse({ expectations: { "made.up": { status: "met" } } }))).toEqual({ "expectations.made.up": '"made.up" is not an expectation in the catalogue' });
    expect(messagesAt(ZPlanMinimumExpectations.safeParse({ expectations: { [SOCIAL_NETWORKS!.id]: { status: "met" } } }))[`expectations.${SOCIAL_NETWORKS!.id}`]).toMatch(/is a 'go further' option/);
    const infant = expectationsFor({ strand: "infant-feeding", kind: "minimum" })[0]!.id;
    expect(messagesAt(parseStrandExpectations("parenting", { expectations: { [infant]: { status: "met" } } }))[`expectations.${infant}`]).toBe(`"${infant}" is not a minimum expectation of Parenting support`);
    expect(messagesAt(ZPlanMinimumExpectations.safeParse({ expectations: { [id]: { status: "opted-out", reason: "No" } } }))[`expectations.${id}.status`]).toMatch(/^You cannot opt out of/);
    expect(ZPlanMinimumExpectations.safeParse({ expectations: { "programme.min.general.digital-engagement": { status: "opted-out", reason: "Our own app is already in use" } } }).success).toBe(true);
  });

  it("merges one strand's page into the section, replacing only that strand", () => {
    const infant = expectationsFor({ strand: "infant-feeding", kind: "minimum" })[0]!.id;
    const section = { expectations: { [id]: { status: "met" as const }, [other]: { status: "met" as const }, [infant]: { status: "met" as const } } };
    const merged = mergeStrandExpectations(section, "parenting", { expectations: { [other]: { status: "planned", targetDate: "2024-03-31" } } });
    expect(merged).toEqual({ expectations: { [infant]: { status: "met" }, [other]: { status: "planned", targetDate: "2024-03-31" } } });
  });
});

describe("go further", () => {
  const option = SOCIAL_NETWORKS!.id;

  it("keeps ticked options with their start quarter and own ideas", () => {
    const posted = formDataToObject(form({ [`chosen[${option}].selected`]: "yes", [`chosen[${option}].startQuarter`]: "2023-24-Q1", [`chosen[${option}].detail`]: "", "own[0].title": "Dads' sessions", "own[0].description": "Evening sessions", "own[0].strand": "parenting", "own[0].startQuarter": "2023-24-Q3" }));
    expect(roundTrip(ZPlanGoFurther, posted)).toEqual({ chosen: { [option]: { selected: true, startQuarter: "2023-24-Q1" } }, own: [{ title: "Dads' sessions", description: "Evening sessions", strand: "parenting", startQuarter: "2023-24-Q3" }] });
    expect(ZPlanGoFurther.parse(formDataToObject(form({ [`chosen[${option}].startQuarter`]: "2023-24-Q1" })))).toEqual({ chosen: {}, own: [] });
  });

  it("asks when a ticked option starts and rejects unknown options and other strands' ideas", () => {
    expect(messagesAt(ZPlanGoFurther.safeParse({ chosen: { [option]: { selected: "yes", startQuarter: "" } } }))[`chosen.${option}.startQuarter`]).toMatch(/^Select the quarter in which '.*' will start$/);
    expect(messagesAt(ZPlanGoFurther.safeParse({ chosen: { [KEY_CONTACT!.id]: { selected: true, startQuarter: "2023-24-Q1" } } }))[`chosen.${KEY_CONTACT!.id}`]).toMatch(/is a minimum expectation/);
    const idea = { title: "T", description: "D", strand: "infant-feeding", startQuarter: "2023-24-Q1" } as const;
    expect(messagesAt(strandGoFurtherSchema("parenting").safeParse({ own: [idea] }))["own.0.strand"]).toBe("This page is for Parenting support: add the idea on its own strand's page");
    expect(mergeStrandGoFurther({ chosen: {}, own: [{ ...idea, strand: "infant-feeding" }] }, "parenting", { chosen: {}, own: [] }).own).toHaveLength(1);
  });
});

describe("milestones", () => {
  it("reads fixed milestone dates by catalogue id and the LA's own milestones", () => {
    const posted = formDataToObject(form({ "fixed.hub-opening.date.day": "1", "fixed.hub-opening.date.month": "3", "fixed.hub-opening.date.year": "2023", "fixed.hub-opening.description": "Central hub opens", "fixed.start-for-life-offer-published.date.day": "", "fixed.start-for-life-offer-published.date.month": "", "fixed.start-for-life-offer-published.date.year": "", "transformation[0].title": "Branding", "transformation[0].date.day": "30", "transformation[0].date.month": "6", "transformation[0].date.year": "2023" }));
    const parsed = roundTrip(ZPlanMilestones, posted);
    expect(parsed).toEqual({ fixed: { "hub-opening": { date: "2023-03-01", description: "Central hub opens" } }, transformation: [{ id: expect.stringMatching(/^m-[0-9a-f-]{36}$/), title: "Branding", date: "2023-06-30" }] });
    // A new milestone gets a stable reference, which a re-save keeps.
    expect(ZPlanMilestones.parse(parsed).transformation[0]?.id).toBe(parsed.transformation[0]?.id);
  });

  it("rejects unknown fixed milestones and names the milestone in date messages", () => {
    expect(messagesAt(ZPlanMilestones.safeParse({ fixed: { "local-needs-assessment": { date: "2023-01-01" } } }))).toEqual({ "fixed.local-needs-assessment": '"local-needs-assessment" is not a fixed milestone entered on this page' });
    expect(messagesAt(ZPlanMilestones.safeParse({ fixed: { "hub-opening": { date: { day: "31", month: "2", year: "2023" } } } }))).toEqual({ "fixed.hub-opening.date": "The date for 'Open family hubs and deliver visible change for families' must be a real date" });
    expect(messagesAt(ZPlanMilestones.safeParse({ transformation: [{ title: "", date: "" }] }))).toEqual({ "transformation.0.title": "Enter the milestone", "transformation.0.date": "Enter the milestone date" });
  });
});

describe("trailblazer commitments", () => {
  it("keeps a row per posted strand and rejects strands without trailblazer funding", () => {
    expect(roundTrip(ZPlanTrailblazerCommitments, formDataToObject(form({ "strands.parenting.commitment": "Peer support", "strands.infant-feeding.commitment": "" })))).toEqual({ strands: { parenting: { commitment: "Peer support" }, "infant-feeding": {} } });
    expect(messagesAt(ZPlanTrailblazerCommitments.safeParse({ strands: { "early-language": { commitment: "x" } } }))).toEqual({ "strands.early-language": '"early-language" is not a trailblazer strand' });
  });
});
