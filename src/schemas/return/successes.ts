import { z } from "zod";
import { STRAND_IDS } from "@/catalogue/types";
import { zCheckbox, zOptionalEnum, zRequiredText } from "./fields";

// Section "successes": successes and good practice that could be shared with other areas
// ("Programme reporting expectations > Programme delivery returns").

export const ZSuccess = z.object({
  title: zRequiredText("a title for the success", 200),
  description: zRequiredText("what happened and why it worked", 2000),
  strand: zOptionalEnum(STRAND_IDS, "Select the strand it relates to"),
  /** Good practice the LA is happy for the National Centre for Family Hubs to share with other areas. */
  shareWithOtherAreas: zCheckbox,
});
export type TSuccess = z.infer<typeof ZSuccess>;

export const ZReturnSuccesses = z.object({
  successes: z.preprocess((v) => (v === undefined || v === "" ? [] : v), z.array(ZSuccess).max(50, "Record 50 successes or fewer")),
  /** The LA confirms it has nothing to report this quarter. */
  nothingToReport: zCheckbox,
});
export type TReturnSuccesses = z.infer<typeof ZReturnSuccesses>;
