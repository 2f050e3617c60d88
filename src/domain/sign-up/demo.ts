import { SIGN_UP, TRAILBLAZER_STRANDS, type TrailblazerStrand } from "@/catalogue/cohorts";
import { expectationsFor } from "@/catalogue/lookup";
import { ADDITIONAL_DELIVERY_EXPECTATIONS } from "@/catalogue/programme";
import type { IsoDate, StrandId } from "@/catalogue/types";
import type { SubmissionDocument } from "@/domain/submissions/types";
import type { TCommitments } from "@/schemas/sign-up/commitments";
import type { TConsultees } from "@/schemas/sign-up/consultees";
import type { TEifSupport } from "@/schemas/sign-up/eif-support";
import { GO_FURTHER_STRANDS, type TGoFurtherIntentions } from "@/schemas/sign-up/go-further-intentions";
import type { TResearch } from "@/schemas/sign-up/research";
import type { TSignatories } from "@/schemas/sign-up/signatories";
import type { TTrailblazerApplication } from "@/schemas/sign-up/trailblazer-application";

// Complete, valid sign-ups for the seed and for tests: checkSignUp finds no errors in them.

export interface DemoSignUpOptions {
  /** The LA's name, used in people's roles. */
  laName?: string;
  /** The date every signatory signed; on or after sign-up opened, and not after the day it is checked. */
  signedOn?: IsoDate;
  /** Strands of a trailblazer application; none (the default) means not applying. */
  trailblazerStrands?: readonly TrailblazerStrand[];
  /** Ask for Early Intervention Foundation support. Warns beside a trailblazer application. */
  eifSupport?: boolean;
  researchInterest?: boolean;
  /** Opt out of the digital engagement expectation (with a reason). */
  digitalOptOut?: boolean;
}

function firstGoFurthers(strand: StrandId, count: number): string[] {
  return expectationsFor({ strand, kind: "go-further" })
    .slice(0, count)
    .map((e) => e.id);
}

const SIGNATORY_NAMES = ["Alex Morgan", "Sam Patel", "Jo Williams", "Chris Okafor", "Pat Hughes", "Ruth Davies"];

export function demoSignUpDocument({
  laName = "Anytown",
  signedOn = "2022-08-15",
  trailblazerStrands = [],
  eifSupport = false,
  researchInterest = false,
  digitalOptOut = false,
}: DemoSignUpOptions = {}): SubmissionDocument {
  const commitments: TCommitments = {
    minimumExpectations: true,
    additional: Object.fromEntries(
      ADDITIONAL_DELIVERY_EXPECTATIONS.map((e) => [
        e.expectationId,
        digitalOptOut && e.optOutAllowed
          ? { response: "opt-out", optOutReason: "Our child health record supplier cannot support testing until 2025; we will join workshops." }
          : { response: "confirmed" },
      ]),
    ),
  };

  const goFurtherIntentions: TGoFurtherIntentions = {
    goFurthers: Object.fromEntries(GO_FURTHER_STRANDS.map((s) => [s, firstGoFurthers(s, 2)])),
    otherIdeas: undefined,
  };

  const signatories: TSignatories = {
    signatories: Object.fromEntries(SIGN_UP.signatories.map((s, i) => [s.id, { name: SIGNATORY_NAMES[i] ?? "Lee Jones", dateSigned: signedOn }])),
  };

  const consultees: TConsultees = {
    consultees: {
      "local-mps": [
        { name: "Jane Member MP", role: `MP for ${laName} North` },
        { name: "John Member MP", role: `MP for ${laName} South` },
      ],
      "cabinet-member-health-and-wellbeing": [{ name: "Cllr Amira Khan", role: "Cabinet member for health and wellbeing" }],
      "cabinet-member-children-and-young-people": [{ name: "Cllr Tom Evans", role: "Cabinet member for children and young people" }],
      "integrated-care-board-lead": [{ name: "Dr Priya Shah", role: "Executive director of strategy, integrated care board" }],
      "local-providers": [
        { name: `${laName} NHS Foundation Trust`, role: "Head of midwifery and health visiting leads" },
        { name: `${laName} Parents Together`, role: "Voluntary sector partner" },
      ],
    },
  };

  const eif: TEifSupport = eifSupport
    ? {
        request: "yes",
        maturity: "Our EIF maturity matrix self-assessment in 2022 placed us at 'early development'.",
        needs: "Completing our local needs assessment and building workforce planning.",
        willingToEngage: true,
      }
    : { request: "no", maturity: undefined, needs: undefined, willingToEngage: false };

  const research: TResearch = researchInterest
    ? { interested: "yes", contactName: "Morgan Lee", contactEmail: "morgan.lee@example.gov.uk", birthRegistration: "planned", approaches: "Midwifery booking appointments in hubs." }
    : { interested: "no", contactName: undefined, contactEmail: undefined, birthRegistration: undefined, approaches: undefined };

  const strands = TRAILBLAZER_STRANDS.filter((s) => trailblazerStrands.includes(s));
  const trailblazer: TTrailblazerApplication =
    strands.length > 0
      ? {
          applying: "yes",
          strands,
          plans: Object.fromEntries(
            strands.map((s) => [
              s,
              {
                ambition: `Expand our ${s.replaceAll("-", " ")} service in 2022 to 2023 with new staff and outreach.`,
                existingOffer: `An established ${s.replaceAll("-", " ")} service in three hubs.`,
                goFurtherIds: firstGoFurthers(s, 1),
              },
            ]),
          ),
          familyHubAccess: "Offer the first antenatal booking appointment in every hub.",
          familyHubsOffer: "Five family hubs open since 2020, serving families with children aged 0 to 19.",
          sharingExpertise: "Lead a regional working group of local authorities with termly events.",
          systemMaturity: "Updated answers to the Early Help System Guide questions on leadership, data and workforce.",
          partnersEngaged: true,
        }
      : { applying: "no", strands: [], plans: {}, familyHubAccess: undefined, familyHubsOffer: undefined, sharingExpertise: undefined, systemMaturity: undefined, partnersEngaged: false };

  return {
    commitments,
    "go-further-intentions": goFurtherIntentions,
    signatories,
    consultees,
    "eif-support": eif,
    research,
    "trailblazer-application": trailblazer,
  };
}
