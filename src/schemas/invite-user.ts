import { z } from "zod";
import { isLaRole, ROLES } from "@/domain/roles";
import { REGIONS } from "@/domain/roles";

export const ZInviteUser = z
  .object({
    email: z.string().trim().toLowerCase().min(1, "Enter the person's email address").pipe(z.email("Enter an email address in the correct format, like name@example.gov.uk")),
    name: z.string().trim().min(1, "Enter the person's full name").max(120, "The name must be 120 characters or fewer"),
    role: z.enum(ROLES, { error: "Select a role" }),
    localAuthorityGss: z.string().trim().transform((v) => v || undefined).optional(),
    region: z.string().trim().transform((v) => v || undefined).optional(),
  })
  .superRefine((value, ctx) => {
    if (isLaRole(value.role) && !value.localAuthorityGss) {
      ctx.addIssue({ code: "custom", path: ["localAuthorityGss"], message: "Select the local authority this person works for" });
    }
    if (value.role === "REGIONAL_ADVISER" && !(REGIONS as readonly string[]).includes(value.region ?? "")) {
      ctx.addIssue({ code: "custom", path: ["region"], message: "Select the region this adviser covers" });
    }
  });
export type TInviteUser = z.infer<typeof ZInviteUser>;
