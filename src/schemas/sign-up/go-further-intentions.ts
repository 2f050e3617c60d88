import { z } from "zod";
import { expectationsFor, findExpectation } from "@/catalogue/lookup";
import { STRAND_IDS, type StrandId } from "@/catalogue/types";
import { zCheckboxes, zText } from "./fields";

// Section "go-further-intentions": the "provisional indication of which 'go furthers' you think you can
// achieve when you sign-up to the programme" (Section 2, "Minimum expectations and 'go furthers'"),
// as catalogue go-further ids per strand. Details come later, in the delivery plan.
//
// Form fields:
//   goFurthers[<strand id>][]   checkboxes of go-further ids
//   otherIdeas                  textarea ("You may have additional ideas for 'go furthers'")

/** Strands that have go-further options in the catalogue, in the guide's order. */
export const GO_FURTHER_STRANDS: readonly StrandId[] = STRAND_IDS.filter((strand) => expectationsFor({ strand, kind: "go-further" }).length > 0);

const ZGoFurtherId = z.string().refine((id) => findExpectation(id)?.kind === "go-further", { error: "Select go-further options from the list" });

export const ZGoFurtherIntentions = z
  .object({
    goFurthers: z.partialRecord(z.enum(STRAND_IDS), zCheckboxes(ZGoFurtherId)).default({}),
    otherIdeas: zText("Other ideas for going further", 5000),
  })
  .superRefine((value, ctx) => {
    for (const [strand, ids] of Object.entries(value.goFurthers)) {
      ids?.forEach((id, i) => {
        if (findExpectation(id)?.strand !== strand) {
          ctx.addIssue({ code: "custom", path: ["goFurthers", strand, i], message: "Select go-further options from this strand's list" });
        }
      });
    }
  });

export type TGoFurtherIntentions = z.infer<typeof ZGoFurtherIntentions>;

/** Every go-further id chosen, across strands. */
export function chosenGoFurtherIds(data: TGoFurtherIntentions | undefined): string[] {
  return Object.values(data?.goFurthers ?? {}).flatMap((ids) => ids ?? []);
}
