import { z } from "zod";
import { MEDIUM_TEXT, SHORT_TEXT, normalisePostcode, zChoice, zOptionalNumber, zOptionalText, zRequiredDate, zRequiredText } from "./fields";

// Section 2: each family hub, network site, outreach or mobile service and virtual offer.

export const HUB_KINDS = [
  { id: "family-hub", label: "Family hub" },
  { id: "network-site", label: "Network site" },
  { id: "outreach", label: "Outreach or mobile service" },
  { id: "virtual", label: "Virtual offer" },
] as const;
export type HubKind = (typeof HUB_KINDS)[number]["id"];
const HUB_KIND_IDS = HUB_KINDS.map((k) => k.id) as [HubKind, ...HubKind[]];

// Family hubs serve "0-19 (or 25 with SEND)" (Delivering change for families in year one – opening family hubs);
// 0 to 5 is offered for sites still moving beyond a children's-centre model, and draws a warning on a family hub.
export const AGE_RANGES = [
  { id: "0-19", label: "0 to 19 years" },
  { id: "0-25-send", label: "0 to 19 years, or up to 25 with special educational needs and disabilities (SEND)" },
  { id: "0-5", label: "0 to 5 years only" },
] as const;
export type AgeRange = (typeof AGE_RANGES)[number]["id"];
const AGE_RANGE_IDS = AGE_RANGES.map((a) => a.id) as [AgeRange, ...AgeRange[]];

const zPostcode = z
  .preprocess((value) => (value === null ? undefined : value), z.string({ error: "Enter the hub's postcode" }).trim().optional())
  .transform((raw, ctx) => {
    if (!raw) return undefined;
    const postcode = normalisePostcode(raw);
    if (!postcode) ctx.addIssue({ code: "custom", message: "Enter a real postcode, like SW1A 1AA", params: { code: "hub-postcode-invalid" } });
    return postcode;
  })
  .optional();

export const ZPlanHub = z
  .object({
    name: zRequiredText("Enter the name of the hub or site", "The name", SHORT_TEXT),
    kind: zChoice(HUB_KIND_IDS, "Select what kind of site this is"),
    /** Required except for a virtual offer, which has no building. Saved as "SW1A 1AA". */
    postcode: zPostcode,
    openingDate: zRequiredDate("The opening date"),
    ageRange: zChoice(AGE_RANGE_IDS, "Select the age range the site serves"),
    hoursPerWeek: zOptionalNumber("Opening hours per week", { min: 0, max: 168 }),
    coLocatedServices: zOptionalText("Co-located services", MEDIUM_TEXT),
  })
  .superRefine((hub, ctx) => {
    if (!hub.postcode && hub.kind !== "virtual") {
      ctx.addIssue({ code: "custom", path: ["postcode"], message: "Enter the hub's postcode", params: { code: "hub-postcode-missing" } });
    }
  });
export type TPlanHub = z.infer<typeof ZPlanHub>;

export const ZPlanHubs = z.object({
  hubs: z.preprocess((value) => value ?? [], z.array(ZPlanHub, { error: "Add the family hubs and network sites as a list" }).max(200, "List 200 sites or fewer")),
});
export type TPlanHubs = z.infer<typeof ZPlanHubs>;
