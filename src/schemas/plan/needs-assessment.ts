import { z } from "zod";
import { MEDIUM_TEXT, SHORT_TEXT, zChoice, zOptionalDate, zOptionalText } from "./fields";

// Section 4: "conduct a local population needs assessment within the first year of the programme (2022–23) …
// Alternatively, you must be able to demonstrate that such a process has recently been carried out"
// (Funded services: delivery expectations > Local needs assessment). The plan rules check the dates.

export const NEEDS_ASSESSMENT_APPROACHES = [
  { id: "planned", label: "We will complete a needs assessment in 2022 to 2023" },
  { id: "recent", label: "We have completed one recently" },
] as const;
type Approach = (typeof NEEDS_ASSESSMENT_APPROACHES)[number]["id"];

export const ZPlanNeedsAssessment = z
  .object({
    approach: zChoice(NEEDS_ASSESSMENT_APPROACHES.map((a) => a.id) as [Approach, ...Approach[]], "Select whether you will complete a needs assessment in 2022 to 2023 or have completed one recently"),
    plannedCompletionDate: zOptionalDate("The planned completion date"),
    completedDate: zOptionalDate("The date it was completed"),
    reference: zOptionalText("The reference", SHORT_TEXT),
    summary: zOptionalText("The summary", MEDIUM_TEXT),
  })
  .superRefine((value, ctx) => {
    if (value.approach === "planned" && !value.plannedCompletionDate) {
      ctx.addIssue({ code: "custom", path: ["plannedCompletionDate"], message: "Enter the planned completion date" });
    }
    if (value.approach === "recent" && !value.completedDate) {
      ctx.addIssue({ code: "custom", path: ["completedDate"], message: "Enter the date the needs assessment was completed" });
    }
    if (value.approach === "recent" && !value.reference) {
      ctx.addIssue({ code: "custom", path: ["reference"], message: "Enter the title or web address of the needs assessment" });
    }
  })
  // Only the answers for the chosen approach are kept, so a changed answer leaves nothing stale behind.
  .transform((value) =>
    value.approach === "planned"
      ? { approach: value.approach, plannedCompletionDate: value.plannedCompletionDate, summary: value.summary }
      : { approach: value.approach, completedDate: value.completedDate, reference: value.reference, summary: value.summary },
  );
export type TPlanNeedsAssessment = z.infer<typeof ZPlanNeedsAssessment>;
