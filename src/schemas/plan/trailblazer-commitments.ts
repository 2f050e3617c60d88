import { z } from "zod";
import { TRAILBLAZER_STRANDS, type TrailblazerStrand } from "@/catalogue/cohorts";
import { getStrand } from "@/catalogue/lookup";
import { LONG_TEXT, zOptionalText } from "./fields";

// Section 8, for trailblazers only: what the LA will deliver in 2022–23 in each of its trailblazer strands
// (trailblazer guide: "all trailblazers will be expected to deliver visible, tangible change for families in the
// 2022-23 financial year"). The form posts one row per strand the LA was selected for
// (`strands.parenting.commitment`), blank or not, so progress can tell which strands the page covers.

const ZCommitment = z.preprocess((value) => value ?? {}, z.object({ commitment: zOptionalText("The commitment", LONG_TEXT) }));
export type TTrailblazerCommitment = z.infer<typeof ZCommitment>;

const STRAND_SET: ReadonlySet<string> = new Set(TRAILBLAZER_STRANDS);

export const ZPlanTrailblazerCommitments = z.object({
  strands: z.preprocess(
    (value) => value ?? {},
    z.record(z.string(), z.unknown(), { error: "Enter the commitments as a map of strand to commitment" }).transform((raw, ctx) => {
      const strands: Partial<Record<TrailblazerStrand, TTrailblazerCommitment>> = {};
      for (const [strand, value] of Object.entries(raw)) {
        if (!STRAND_SET.has(strand)) {
          ctx.addIssue({ code: "custom", path: [strand], message: `"${strand}" is not a trailblazer strand`, params: { code: "unknown-strand" } });
          continue;
        }
        const parsed = ZCommitment.safeParse(value);
        if (!parsed.success) {
          const name = getStrand(strand as TrailblazerStrand).name;
          for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [strand, ...issue.path], message: issue.message.replace("The commitment", `The commitment for ${name}`) });
          continue;
        }
        strands[strand as TrailblazerStrand] = parsed.data;
      }
      return strands;
    }),
  ),
});
export type TPlanTrailblazerCommitments = z.infer<typeof ZPlanTrailblazerCommitments>;
