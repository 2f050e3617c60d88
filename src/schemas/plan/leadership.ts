import { z } from "zod";
import { NAMED_LEAD_ROLES, type NamedLeadRoleId } from "@/catalogue/programme";
import { LONG_TEXT, SHORT_TEXT, zOptionalEmail, zOptionalText } from "./fields";

// Section 3: Annex N, 1 (a single named accountable lead for Start for Life) and 2 (named leads for the
// programme or transformation team, by role). Blanks are allowed while the page is being filled in; the plan
// rules require the accountable lead's name and email, and at least one named lead, before sign-off.

export const ZAccountableLead = z.object({
  name: zOptionalText("The accountable lead's name", SHORT_TEXT),
  jobTitle: zOptionalText("The accountable lead's job title", SHORT_TEXT),
  email: zOptionalEmail("The accountable lead's email address"),
});

const ZNamedLead = z
  .object({
    name: zOptionalText("The name", SHORT_TEXT),
    email: zOptionalEmail("The email address"),
  })
  .superRefine((lead, ctx) => {
    if (lead.email && !lead.name) ctx.addIssue({ code: "custom", path: ["name"], message: "Enter the name of the person in this role, or remove their email address" });
  });
export type TNamedLead = z.infer<typeof ZNamedLead>;

const ROLE_IDS: ReadonlySet<string> = new Set(NAMED_LEAD_ROLES.map((r) => r.id));

/** Keyed by the catalogue's named lead role ids (`namedLeads.data-lead.name`); roles left blank are dropped. */
const ZNamedLeads = z.preprocess(
  (value) => value ?? {},
  z.record(z.string(), z.unknown(), { error: "Enter the named leads by role" }).transform((raw, ctx) => {
    const leads: Partial<Record<NamedLeadRoleId, TNamedLead>> = {};
    for (const [role, value] of Object.entries(raw)) {
      if (!ROLE_IDS.has(role)) {
        ctx.addIssue({ code: "custom", path: [role], message: `"${role}" is not one of the programme lead roles`, params: { code: "unknown-role" } });
        continue;
      }
      const parsed = ZNamedLead.safeParse(value ?? {});
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [role, ...issue.path], message: issue.message });
        continue;
      }
      if (parsed.data.name || parsed.data.email) leads[role as NamedLeadRoleId] = parsed.data;
    }
    return leads;
  }),
);

export const ZPlanLeadership = z.object({
  accountableLead: z.preprocess((value) => value ?? {}, ZAccountableLead),
  namedLeads: ZNamedLeads,
  governance: zOptionalText("The description of your governance", LONG_TEXT),
});
export type TPlanLeadership = z.infer<typeof ZPlanLeadership>;
