import { z } from "zod";
import { ADDITIONAL_DELIVERY_EXPECTATIONS, type ProgrammeExpectationId } from "@/catalogue/programme";
import { zCheckbox, zText } from "./fields";

// Section "commitments": the minimum expectations as a whole (Section 2, "Delivery expectations":
// "commit to meeting the minimum expectations by March 2025 at the latest") and each of the eight
// additional delivery expectations on its own ("Additional delivery expectations"; Annex N). Only
// number 5, digital engagement, may be opted out of, "with good reason".
//
// Form fields:
//   minimumExpectations                       checkbox "yes"
//   additional[<expectation id>].response     checkbox "confirmed", or radios confirmed | opt-out where allowed
//   additional[<expectation id>].optOutReason textarea

export const ADDITIONAL_RESPONSES = ["confirmed", "opt-out"] as const;
export type AdditionalResponse = (typeof ADDITIONAL_RESPONSES)[number];

const OPT_OUT_IDS: ReadonlySet<string> = new Set(ADDITIONAL_DELIVERY_EXPECTATIONS.filter((e) => e.optOutAllowed).map((e) => e.expectationId));
const ADDITIONAL_IDS: ReadonlySet<string> = new Set(ADDITIONAL_DELIVERY_EXPECTATIONS.map((e) => e.expectationId));

const ZAdditionalResponse = z.object({
  response: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(ADDITIONAL_RESPONSES, { error: "Select whether you commit to this expectation" }).optional()),
  optOutReason: zText("The reason for opting out", 2000),
});

export const ZCommitments = z
  .object({
    minimumExpectations: zCheckbox.default(false),
    additional: z.record(z.string(), ZAdditionalResponse).default({}),
  })
  .superRefine((value, ctx) => {
    for (const [id, answer] of Object.entries(value.additional)) {
      if (!ADDITIONAL_IDS.has(id)) {
        ctx.addIssue({ code: "custom", path: ["additional", id], message: "This is not one of the additional delivery expectations" });
      } else if (answer.response === "opt-out" && !OPT_OUT_IDS.has(id)) {
        ctx.addIssue({ code: "custom", path: ["additional", id, "response"], message: "You cannot opt out of this expectation" });
      }
    }
  })
  .transform((value) => ({
    minimumExpectations: value.minimumExpectations,
    // A reason only means something beside an opt-out; dropping it keeps a re-confirmed answer clean.
    additional: Object.fromEntries(
      Object.entries(value.additional).map(([id, a]) => [id, a.response === "opt-out" ? a : { response: a.response }]),
    ) as Partial<Record<ProgrammeExpectationId, { response?: AdditionalResponse; optOutReason?: string }>>,
  }));

export type TCommitments = z.infer<typeof ZCommitments>;
