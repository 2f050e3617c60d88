import { describe, expect, it } from "vitest";
import type { SubmissionDocument } from "@/domain/submissions/types";
import { checkSignUp, signUpDefinition, type SignUpContext } from "@/domain/sign-up/definition";
import { demoSignUpDocument } from "@/domain/sign-up/demo";
import { SIGN_UP_SECTIONS } from "@/domain/sign-up/sections";

const context: SignUpContext = { today: "2022-08-20", deadline: "2022-10-31" };
const DIGITAL = "programme.min.general.digital-engagement";
const BRANDING = "programme.min.general.branding";

/** A complete sign-up with one section's saved data changed. */
function withSection(key: string, change: (data: Record<string, unknown>) => unknown, options = {}): SubmissionDocument {
  const document = demoSignUpDocument(options);
  return { ...document, [key]: change(structuredClone(document[key]) as Record<string, unknown>) };
}

function codes(document: SubmissionDocument, ctx: SignUpContext = context) {
  const result = checkSignUp(document, ctx);
  return { errors: result.errors.map((e) => e.code), warnings: result.warnings.map((w) => w.code), result };
}

describe("signUpDefinition", () => {
  it("is the SIGN_UP kind with the sign-up permissions and the seven sections", () => {
    expect(signUpDefinition.kind).toBe("SIGN_UP");
    expect(signUpDefinition.permissions).toEqual({ edit: "signup.edit", sendForSignOff: "signup.submit", signOff: "signup.signOff", review: "signup.review" });
    expect(signUpDefinition.sections.map((s) => s.key)).toEqual([
      "commitments",
      "go-further-intentions",
      "signatories",
      "consultees",
      "eif-support",
      "research",
      "trailblazer-application",
    ]);
    expect(signUpDefinition.declaration).toMatch(/single accountable lead/);
  });

  it("finds nothing wrong with the demo sign-ups", () => {
    expect(checkSignUp(demoSignUpDocument(), context)).toEqual({ errors: [], warnings: [] });
    expect(checkSignUp(demoSignUpDocument({ trailblazerStrands: ["parenting", "infant-feeding", "perinatal-mental-health"], researchInterest: true, digitalOptOut: true }), context)).toEqual({ errors: [], warnings: [] });
    expect(checkSignUp(demoSignUpDocument({ eifSupport: true }), context)).toEqual({ errors: [], warnings: [] });
  });

  it("shows each section's progress on the task list", () => {
    const document = demoSignUpDocument();
    for (const section of SIGN_UP_SECTIONS) {
      expect(section.progress(undefined)).toBe("Not started");
      expect(section.progress(section.schema.parse(document[section.key]) as never), section.key).toBe("Completed");
    }
    const commitments = SIGN_UP_SECTIONS[0];
    expect(commitments.progress(commitments.schema.parse({ minimumExpectations: "yes" }))).toBe("In progress");
  });
});

describe("checkSignUp", () => {
  it("needs every section, and saved data that still fits its schema", () => {
    const { commitments: _omitted, ...rest } = demoSignUpDocument();
    expect(codes(rest).errors).toEqual(["section-not-started"]);
    expect(codes({ ...demoSignUpDocument(), research: { interested: "perhaps" } }).errors).toEqual(["section-invalid"]);
  });

  it("refuses a sign-up after the LA's deadline, and accepts it on the day or with an extension", () => {
    expect(codes(demoSignUpDocument(), { today: "2022-10-31", deadline: "2022-10-31" }).errors).toEqual([]);
    const late = codes(demoSignUpDocument(), { today: "2022-11-01", deadline: "2022-10-31" });
    expect(late.result.errors).toEqual([
      {
        sectionKey: "",
        path: "",
        code: "sign-up-deadline-passed",
        message: "The sign-up deadline was 31 October 2022. Ask the programme team to extend your deadline if you need more time.",
      },
    ]);
    expect(codes(demoSignUpDocument(), { today: "2022-11-01", deadline: "2022-11-14" }).errors).toEqual([]);
  });

  describe("commitments", () => {
    it("needs the minimum expectations confirmed", () => {
      const { errors, result } = codes(withSection("commitments", (d) => ({ ...d, minimumExpectations: false })));
      expect(errors).toEqual(["minimum-expectations-not-confirmed"]);
      expect(result.errors[0]).toMatchObject({ sectionKey: "commitments", path: "minimumExpectations" });
    });

    it("needs each of the eight additional expectations confirmed individually", () => {
      const { errors, result } = codes(withSection("commitments", (d) => ({ ...d, additional: { ...(d.additional as object), [BRANDING]: {} } })));
      expect(errors).toEqual(["additional-expectation-not-confirmed"]);
      expect(result.errors[0]?.path).toBe(`additional[${BRANDING}].response`);
      const none = codes(withSection("commitments", (d) => ({ ...d, additional: {} })));
      expect(none.errors.filter((c) => c === "additional-expectation-not-confirmed")).toHaveLength(8);
    });

    it("accepts an opt-out of digital engagement only with a reason", () => {
      const withoutReason = codes(withSection("commitments", (d) => ({ ...d, additional: { ...(d.additional as object), [DIGITAL]: { response: "opt-out" } } })));
      expect(withoutReason.errors).toEqual(["opt-out-reason-missing"]);
      expect(withoutReason.result.errors[0]?.path).toBe(`additional[${DIGITAL}].optOutReason`);
      expect(codes(demoSignUpDocument({ digitalOptOut: true })).errors).toEqual([]);
    });
  });

  describe("go-further intentions", () => {
    it("needs at least one go-further option or an idea of the area's own", () => {
      expect(codes(withSection("go-further-intentions", () => ({ goFurthers: {} }))).errors).toEqual(["go-further-none"]);
      const ideasOnly = codes(withSection("go-further-intentions", () => ({ goFurthers: {}, otherIdeas: "A father's group in every hub" })));
      expect(ideasOnly.errors).toEqual([]);
    });

    it("warns about a funded service with no go-further option", () => {
      const { errors, warnings, result } = codes(withSection("go-further-intentions", (d) => ({ ...d, goFurthers: { ...(d.goFurthers as object), parenting: [] } })));
      expect(errors).toEqual([]);
      expect(warnings).toEqual(["go-further-strand-none"]);
      expect(result.warnings[0]?.path).toBe("goFurthers.parenting");
    });
  });

  describe("signatories", () => {
    const change = (id: string, value: object) => withSection("signatories", (d) => ({ signatories: { ...(d.signatories as object), [id]: value } }));

    it("needs all six named and dated", () => {
      expect(codes(change("chief-finance-officer", { dateSigned: "2022-08-10" })).errors).toEqual(["signatory-name-missing"]);
      expect(codes(change("chief-finance-officer", { name: "Chris Okafor" })).errors).toEqual(["signatory-date-missing"]);
      expect(codes(withSection("signatories", () => ({ signatories: {} }))).errors).toHaveLength(12);
    });

    it("refuses a date in the future or before sign-up opened", () => {
      expect(codes(change("council-leader", { name: "Pat Hughes", dateSigned: "2022-08-21" })).errors).toEqual(["signatory-date-in-future"]);
      expect(codes(change("council-leader", { name: "Pat Hughes", dateSigned: "2022-08-20" })).errors).toEqual([]);
      expect(codes(change("council-leader", { name: "Pat Hughes", dateSigned: "2022-07-31" })).errors).toEqual(["signatory-date-before-sign-up"]);
      expect(codes(change("council-leader", { name: "Pat Hughes", dateSigned: "2022-08-01" })).errors).toEqual([]);
    });
  });

  describe("consultees", () => {
    it("needs someone named in every group, each with a role", () => {
      const noMps = codes(withSection("consultees", (d) => ({ consultees: { ...(d.consultees as object), "local-mps": [] } })));
      expect(noMps.errors).toEqual(["consultee-missing"]);
      expect(noMps.result.errors[0]?.path).toBe("consultees.local-mps");
      const noRole = codes(withSection("consultees", (d) => ({ consultees: { ...(d.consultees as object), "integrated-care-board-lead": [{ name: "Dr Priya Shah" }] } })));
      expect(noRole.errors).toEqual(["consultee-role-missing"]);
      expect(noRole.result.errors[0]?.path).toBe("consultees.integrated-care-board-lead[0].role");
    });
  });

  describe("EIF support and research", () => {
    it("needs an answer, and details when support is requested", () => {
      expect(codes(withSection("eif-support", () => ({}))).errors).toEqual(["eif-answer-missing"]);
      expect(codes(withSection("eif-support", () => ({ request: "yes" }))).errors).toEqual(["eif-maturity-missing", "eif-needs-missing", "eif-commitment-missing"]);
    });

    it("warns when EIF support is requested beside a trailblazer application", () => {
      const { errors, warnings } = codes(demoSignUpDocument({ eifSupport: true, trailblazerStrands: ["parenting"] }));
      expect(errors).toEqual([]);
      expect(warnings).toEqual(["eif-with-trailblazer-application"]);
    });

    it("needs a contact when the area is interested in the research", () => {
      expect(codes(withSection("research", () => ({}))).errors).toEqual(["research-answer-missing"]);
      expect(codes(withSection("research", () => ({ interested: "yes" }))).errors).toEqual(["research-contact-name-missing", "research-contact-email-missing"]);
      expect(codes(withSection("research", () => ({ interested: "no" }))).errors).toEqual([]);
    });
  });

  describe("trailblazer application", () => {
    const applying = { trailblazerStrands: ["parenting", "infant-feeding"] as const };

    it("needs an answer, even when not applying", () => {
      expect(codes(withSection("trailblazer-application", () => ({}))).errors).toEqual(["trailblazer-answer-missing"]);
      expect(codes(withSection("trailblazer-application", () => ({ applying: "no" }))).errors).toEqual([]);
    });

    it("needs at least one strand and a complete plan for each strand applied for", () => {
      expect(codes(withSection("trailblazer-application", (d) => ({ ...d, strands: [] }), applying)).errors).toEqual(["trailblazer-strands-missing"]);
      const { errors, result } = codes(withSection("trailblazer-application", (d) => ({ ...d, strands: ["parenting", "infant-feeding", "perinatal-mental-health"] }), applying));
      expect(errors).toEqual(["trailblazer-plan-missing", "trailblazer-go-further-missing", "trailblazer-existing-offer-missing"]);
      expect(result.errors[0]?.path).toBe("plans.perinatal-mental-health.ambition");
      // A plan for a strand not applied for is not needed.
      expect(codes(withSection("trailblazer-application", (d) => ({ ...d, strands: ["parenting"] }), applying)).errors).toEqual([]);
    });

    it("needs the answers that cover the whole area: family hub access and offer, sharing expertise, system maturity", () => {
      const { errors } = codes(
        withSection("trailblazer-application", (d) => ({ ...d, familyHubAccess: "", familyHubsOffer: "", sharingExpertise: "", systemMaturity: "" }), applying),
      );
      expect(errors).toEqual([
        "trailblazer-family-hub-access-missing",
        "trailblazer-family-hubs-offer-missing",
        "trailblazer-sharing-expertise-missing",
        "trailblazer-system-maturity-missing",
      ]);
    });

    it("refuses an application after the second wave closed on 30 September 2022", () => {
      expect(codes(demoSignUpDocument(applying), { today: "2022-09-30", deadline: "2022-10-31" }).errors).toEqual([]);
      const late = codes(demoSignUpDocument(applying), { today: "2022-10-01", deadline: "2022-10-31" });
      expect(late.errors).toEqual(["trailblazer-applications-closed"]);
      expect(late.result.errors[0]?.message).toMatch(/closed on 30 September 2022/);
      expect(codes(demoSignUpDocument(), { today: "2022-10-01", deadline: "2022-10-31" }).errors).toEqual([]);
    });

    it("warns when partners were not engaged or a go-further in the plan is missing from the intentions", () => {
      expect(codes(withSection("trailblazer-application", (d) => ({ ...d, partnersEngaged: false }), applying)).warnings).toEqual(["trailblazer-partners-not-engaged"]);
      const document = demoSignUpDocument(applying);
      const notIntended = { ...document, "go-further-intentions": { goFurthers: { ...(document["go-further-intentions"] as { goFurthers: object }).goFurthers, parenting: ["parenting.gf.hub.interventions-and-training"] } } };
      expect(codes(notIntended).warnings).toEqual(["trailblazer-go-further-not-in-intentions"]);
    });
  });
});
