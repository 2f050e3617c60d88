import { z } from "zod";
import { zOptionalText } from "./fields";

// Section "annual-questions": the qualitative information asked once a financial year ("Programme delivery
// returns": "information on service improvements and how you are taking a joined-up approach to delivery
// with local partners"). Optional here so a draft can be saved; the return rules require both answers.

export const ZReturnAnnualQuestions = z.object({
  serviceImprovements: zOptionalText("Service improvements", 5000),
  jointWorking: zOptionalText("Joint working with local partners", 5000),
});
export type TReturnAnnualQuestions = z.infer<typeof ZReturnAnnualQuestions>;
