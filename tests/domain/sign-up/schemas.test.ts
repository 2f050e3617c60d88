import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/schemas/form-data";
import { ZCommitments } from "@/schemas/sign-up/commitments";
import { ZConsultees } from "@/schemas/sign-up/consultees";
import { ZEifSupport } from "@/schemas/sign-up/eif-support";
import { ZGoFurtherIntentions } from "@/schemas/sign-up/go-further-intentions";
import { ZResearch } from "@/schemas/sign-up/research";
import { ZSignatories } from "@/schemas/sign-up/signatories";
import { ZTrailblazerApplication } from "@/schemas/sign-up/trailblazer-application";
import { demoSignUpDocument } from "@/domain/sign-up/demo";
import { SIGN_UP_SECTIONS } from "@/domain/sign-up/sections";

function posted(entries: [string, string][]): Record<string, unknown> {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return formDataToObject(form);
}

const DIGITAL = "programme.min.general.digital-engagement";
const BRANDING = "programme.min.general.branding";

describe("sign-up section schemas", () => {
  it("re-parse their own output unchanged (idempotent), for every section of a full sign-up", () => {
    const document = demoSignUpDocument({ trailblazerStrands: ["parenting", "infant-feeding"], eifSupport: true, researchInterest: true, digitalOptOut: true });
    for (const section of SIGN_UP_SECTIONS) {
      const once = section.schema.parse(document[section.key]);
      expect(section.schema.parse(once), section.key).toEqual(once);
      expect(once, section.key).toEqual(document[section.key]);
    }
  });

  it("commitments: read checkboxes and radios from a posted form", () => {
    const data = ZCommitments.parse(
      posted([
        ["minimumExpectations", "yes"],
        [`additional[${BRANDING}].response`, "confirmed"],
        [`additional[${DIGITAL}].response`, "opt-out"],
        [`additional[${DIGITAL}].optOutReason`, "  Our supplier cannot test until 2025  "],
      ]),
    );
    expect(data.minimumExpectations).toBe(true);
    expect(data.additional[BRANDING]).toEqual({ response: "confirmed" });
    expect(data.additional[DIGITAL]).toEqual({ response: "opt-out", optOutReason: "Our supplier cannot test until 2025" });
    expect(ZCommitments.parse(data)).toEqual(data);
    expect(ZCommitments.parse(posted([])).minimumExpectations).toBe(false);
  });

  it("commitments: refuse an opt-out where the guide allows none, and unknown expectations", () => {
    const optOut = ZCommitments.safeParse({ additional: { [BRANDING]: { response: "opt-out", optOutReason: "No" } } });
    expect(optOut.error?.issues[0]).toMatchObject({ path: ["additional", BRANDING, "response"], message: "You cannot opt out of this expectation" });
    expect(ZCommitments.safeParse({ additional: { "parenting.min.hub.x": { response: "confirmed" } } }).success).toBe(false);
  });

  it("commitments: drop a reason left behind when the answer changes back to confirmed", () => {
    expect(ZCommitments.parse({ additional: { [DIGITAL]: { response: "confirmed", optOutReason: "old" } } }).additional[DIGITAL]).toEqual({ response: "confirmed" });
  });

  it("go-further intentions: accept one or many checkboxes and refuse ids from another strand or minimums", () => {
    const single = ZGoFurtherIntentions.parse(posted([["goFurthers[parenting][]", "parenting.gf.hub.social-networks"]]));
    expect(single.goFurthers.parenting).toEqual(["parenting.gf.hub.social-networks"]);
    expect(ZGoFurtherIntentions.parse({ goFurthers: { parenting: "parenting.gf.hub.social-networks" } }).goFurthers.parenting).toEqual(["parenting.gf.hub.social-networks"]);
    expect(ZGoFurtherIntentions.safeParse({ goFurthers: { "infant-feeding": ["parenting.gf.hub.social-networks"] } }).success).toBe(false);
    expect(ZGoFurtherIntentions.safeParse({ goFurthers: { parenting: ["not-an-id"] } }).success).toBe(false);
  });

  it("signatories: read names and GOV.UK date parts, allowing blanks while in progress", () => {
    const data = ZSignatories.parse(
      posted([
        ["signatories[chief-executive].name", " Alex Morgan "],
        ["signatories[chief-executive].dateSigned.day", "5"],
        ["signatories[chief-executive].dateSigned.month", "9"],
        ["signatories[chief-executive].dateSigned.year", "2022"],
        ["signatories[council-leader].name", ""],
        ["signatories[council-leader].dateSigned.day", ""],
        ["signatories[council-leader].dateSigned.month", ""],
        ["signatories[council-leader].dateSigned.year", ""],
      ]),
    );
    expect(data.signatories["chief-executive"]).toEqual({ name: "Alex Morgan", dateSigned: "2022-09-05" });
    expect(data.signatories["council-leader"]).toEqual({ name: undefined, dateSigned: undefined });
    expect(ZSignatories.parse(data)).toEqual(data);
  });

  it("signatories: refuse impossible dates and unknown signatories", () => {
    const bad = ZSignatories.safeParse({ signatories: { "chief-executive": { dateSigned: { day: "31", month: "9", year: "2022" } } } });
    expect(bad.error?.issues[0]?.message).toBe("The date they signed must be a real date");
    expect(ZSignatories.safeParse({ signatories: { mayor: { name: "X" } } }).success).toBe(false);
  });

  it("consultees: keep several MPs and drop the form's blank spare rows", () => {
    const data = ZConsultees.parse(
      posted([
        ["consultees[local-mps][0].name", "Jane Member MP"],
        ["consultees[local-mps][0].role", "MP for Anytown North"],
        ["consultees[local-mps][1].name", "John Member MP"],
        ["consultees[local-mps][1].role", "MP for Anytown South"],
        ["consultees[local-mps][2].name", ""],
        ["consultees[local-mps][2].role", ""],
      ]),
    );
    expect(data.consultees["local-mps"]).toHaveLength(2);
    expect(ZConsultees.parse(data)).toEqual(data);
  });

  it("EIF support and research: read yes/no radios; research needs a valid email", () => {
    expect(ZEifSupport.parse(posted([["request", "yes"], ["willingToEngage", "yes"]]))).toMatchObject({ request: "yes", willingToEngage: true });
    expect(ZEifSupport.parse(posted([["request", ""]])).request).toBeUndefined();
    expect(ZEifSupport.safeParse({ request: "maybe" }).success).toBe(false);
    expect(ZResearch.parse(posted([["interested", "yes"], ["contactEmail", " Morgan@Example.gov.uk "]])).contactEmail).toBe("morgan@example.gov.uk");
    expect(ZResearch.safeParse({ interested: "yes", contactEmail: "not-an-email" }).success).toBe(false);
  });

  it("trailblazer application: read strands, per-strand plans and go-further checkboxes", () => {
    const data = ZTrailblazerApplication.parse(
      posted([
        ["applying", "yes"],
        ["strands[]", "parenting"],
        ["plans[parenting].ambition", "Outreach for fathers"],
        ["plans[parenting].goFurtherIds[]", "parenting.gf.hub.social-networks"],
        ["partnersEngaged", "yes"],
      ]),
    );
    expect(data).toMatchObject({ applying: "yes", strands: ["parenting"], partnersEngaged: true });
    expect(data.plans.parenting?.goFurtherIds).toEqual(["parenting.gf.hub.social-networks"]);
    expect(ZTrailblazerApplication.parse(data)).toEqual(data);
    expect(ZTrailblazerApplication.safeParse({ applying: "yes", strands: ["early-language"] }).success).toBe(false);
    expect(ZTrailblazerApplication.safeParse({ plans: { parenting: { goFurtherIds: ["infant-feeding.gf.hub.postnatal-face-to-face"] } } }).success).toBe(false);
  });
});
