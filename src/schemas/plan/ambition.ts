import { z } from "zod";
import { LONG_TEXT, zOptionalText } from "./fields";

// Section 1 of the delivery plan. The guide: "Your delivery plan should set out the overall ambition for change
// in your area over the three years … you should consider how this integrates with wider local strategies and
// support, such as the early help strategy" (Delivery plans and programme reporting > Delivery plans).
// Each answer may be left blank and finished later; the plan rules ask for all three before sign-off.

export const ZPlanAmbition = z.object({
  ambition: zOptionalText("Your ambition for the three years", LONG_TEXT),
  earlyHelpFit: zOptionalText("How the plan fits your early help strategy", LONG_TEXT),
  startingPoint: zOptionalText("Your starting point", LONG_TEXT),
});
export type TPlanAmbition = z.infer<typeof ZPlanAmbition>;

/** The questions in page order, with the message the plan rules give when one is unanswered. */
export const AMBITION_QUESTIONS = [
  { field: "ambition", missing: "Enter your overall ambition for change in your area over the three years of the programme" },
  { field: "earlyHelpFit", missing: "Enter how your delivery plan fits with your local early help strategy" },
  { field: "startingPoint", missing: "Enter your starting point: the family hub services and Start for Life support you have today" },
] as const satisfies readonly { field: keyof TPlanAmbition; missing: string }[];
