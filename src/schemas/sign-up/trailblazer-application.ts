import { z } from "zod";
import { TRAILBLAZER_STRANDS, TRAILBLAZERS, type TrailblazerStrand } from "@/catalogue/cohorts";
import { findExpectation } from "@/catalogue/lookup";
import { zCheckbox, zCheckboxes, zText, zYesNo } from "./fields";

// Section "trailblazer-application": the optional trailblazer application that goes in with the sign-up
// (trailblazer guide, "Selection process"; the form is "Annex A of the sign-up form"). Answers follow
// the four assessment criteria ("Selection process > Overarching approach"):
//   1 ambition-and-deliverability  per strand: plans for the trailblazer funding, with the go-further options
//                                  to deliver in 2022-23 ("including which 'go further' options you will
//                                  deliver", programme guide "Roll out of funding"); plus, once, how families
//                                  will get to know their hubs
//   2 sharing-expertise            once: proposals for supporting other local authorities (objective two)
//   3 existing-offer               per strand, plus once for family hubs
//   4 system-maturity              once: the Early Help System Guide answers, updated if wished
// Criteria 2 and 4 describe the area, not a strand, so they are asked once rather than three times.
// The selection wave is not asked: it follows from the submission date (waveForSubmission).
//
// Form fields:
//   applying (yes | no), strands[] (checkboxes),
//   plans[<strand>].ambition, plans[<strand>].existingOffer, plans[<strand>].goFurtherIds[]
//   familyHubAccess, familyHubsOffer, sharingExpertise, systemMaturity, partnersEngaged (checkbox)

export const ZTrailblazerStrand = z.enum(TRAILBLAZER_STRANDS, { error: "Select the strands you are applying for" });

const ZStrandPlan = z.object({
  ambition: zText("Your plans for this strand", 10_000),
  existingOffer: zText("Your existing offer in this strand", 10_000),
  goFurtherIds: zCheckboxes(z.string().refine((id) => findExpectation(id)?.kind === "go-further", { error: "Select go-further options from the list" })),
});
export type TStrandPlan = z.infer<typeof ZStrandPlan>;

export const ZTrailblazerApplication = z
  .object({
    applying: zYesNo("Select yes if you are applying to be a trailblazer"),
    strands: zCheckboxes(ZTrailblazerStrand),
    plans: z.partialRecord(ZTrailblazerStrand, ZStrandPlan).default({}),
    familyHubAccess: zText("How families will get to know their family hubs", 10_000),
    familyHubsOffer: zText("Your existing family hubs offer", 10_000),
    sharingExpertise: zText("Your proposals for sharing expertise", 10_000),
    systemMaturity: zText("Your answers on system maturity", 20_000),
    /** Trailblazer guide, "Next Steps": engage local partners on the trailblazer proposals. */
    partnersEngaged: zCheckbox.default(false),
  })
  .superRefine((value, ctx) => {
    for (const [strand, plan] of Object.entries(value.plans)) {
      plan?.goFurtherIds.forEach((id, i) => {
        if (findExpectation(id)?.strand !== strand) {
          ctx.addIssue({ code: "custom", path: ["plans", strand, "goFurtherIds", i], message: "Select go-further options from this strand's list" });
        }
      });
    }
  });

export type TTrailblazerApplication = z.infer<typeof ZTrailblazerApplication>;

/** The strands an application is for: none unless the answer to "applying" is yes. */
export function strandsAppliedFor(data: TTrailblazerApplication | undefined): TrailblazerStrand[] {
  return data?.applying === "yes" ? data.strands : [];
}

/** Which answers each assessment criterion is judged on, for reviewers' pages. */
export const CRITERION_ANSWERS: Record<(typeof TRAILBLAZERS.criteria)[number]["id"], { perStrand: readonly (keyof TStrandPlan)[]; once: readonly (keyof TTrailblazerApplication)[] }> = {
  "ambition-and-deliverability": { perStrand: ["ambition", "goFurtherIds"], once: ["familyHubAccess"] },
  "sharing-expertise": { perStrand: [], once: ["sharingExpertise"] },
  "existing-offer": { perStrand: ["existingOffer"], once: ["familyHubsOffer"] },
  "system-maturity": { perStrand: [], once: ["systemMaturity"] },
};
