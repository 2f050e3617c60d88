import { z } from "zod";
import { SUBMISSION_KINDS } from "@/domain/submissions/types";
import { zDateInput } from "./date-parts";

// An administrator's extension of one LA's deadline for one submission: the sign-up (periodKey "sign-up"),
// a quarterly return ("2023-24-Q1") or a grant statement. Form fields: localAuthorityGss, kind, periodKey,
// dueDate.day/.month/.year, reason.

export const ZExtendDeadline = z.object({
  localAuthorityGss: z.string({ error: "Select a local authority" }).regex(/^E\d{8}$/, "Select a local authority"),
  kind: z.enum(SUBMISSION_KINDS, { error: "Select what the deadline is for" }),
  periodKey: z.string().trim().min(1, "Enter the period, like sign-up or 2023-24-Q1").max(40, "Enter the period, like sign-up or 2023-24-Q1"),
  dueDate: zDateInput("The new deadline", { min: "2022-01-01", max: "2030-12-31" }),
  reason: z.string().trim().min(1, "Enter the reason for the extension").max(2000, "Keep the reason to 2,000 characters or fewer"),
});

export type TExtendDeadline = z.infer<typeof ZExtendDeadline>;
