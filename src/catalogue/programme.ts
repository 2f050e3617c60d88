import { DIGITAL_TESTING_END } from "./deadlines";
import { expectationGroup } from "./define-expectation";
import type { GuideRef } from "./types";

// The guide gives these no delivery channel, so all are "general".
const min = expectationGroup({
  strand: "programme",
  kind: "minimum",
  channel: "general",
  heading: "Additional delivery expectations > Minimum expectations",
});

export const PROGRAMME_EXPECTATIONS = [
  min(
    "programme.min.general.single-accountable-lead",
    "Appoint one named leader who answers for the area's Start for Life offer (for example the Director of Children's Services or of Public Health).",
  ),
  min(
    "programme.min.general.named-programme-leads",
    "Name the leads of the area's programme or transformation team for Family Hubs and Start for Life, by role.",
  ),
  min(
    "programme.min.general.national-centre",
    "Share learning and good practice with the Start for Life Unit and the National Centre for Family Hubs.",
  ),
  min(
    "programme.min.general.branding",
    "Follow central government branding: use the Family Hub and Start for Life names in all communications, acknowledge government funding and use the agreed government brand where possible.",
  ),
  min(
    "programme.min.general.digital-engagement",
    "Engage with the Growing Up Well digital project and the Start for Life Unit's digital personal child health record work, including testing and roll-out in 2023-24, unless opting out with good reason.",
    { optOutAllowed: true, deadline: DIGITAL_TESTING_END },
  ),
  min(
    "programme.min.general.data-collection",
    "Commit to every data collection and monitoring requirement of the programme, including for services commissioned from other providers.",
  ),
  min("programme.min.general.evaluation", "Join the programme's national evaluation if invited to do so."),
  min(
    "programme.min.general.use-of-funding",
    "Spend the funding as the guide sets out, adding to or complementing existing services or offering new ones, while keeping existing early years investment in place.",
  ),
] as const;

export type ProgrammeExpectationId = (typeof PROGRAMME_EXPECTATIONS)[number]["id"];

export interface AdditionalDeliveryExpectation {
  /** Number in the guide's list (Section 2 and Annex N). */
  number: number;
  expectationId: ProgrammeExpectationId;
  /** Short title for the sign-up form. */
  title: string;
  optOutAllowed: boolean;
  /** Where Annex N explains it further. */
  annexRef: GuideRef;
}

const annex = (heading: string): GuideRef => ({
  document: "programme-guide",
  heading: `Annex N: additional delivery expectations > ${heading}`,
});

export const ADDITIONAL_DELIVERY_EXPECTATIONS: readonly AdditionalDeliveryExpectation[] = [
  {
    number: 1,
    expectationId: "programme.min.general.single-accountable-lead",
    title: "Single accountable lead for Start for Life",
    optOutAllowed: false,
    annexRef: annex("1. Appoint a single named accountable lead for Start for Life"),
  },
  {
    number: 2,
    expectationId: "programme.min.general.named-programme-leads",
    title: "Named programme leads",
    optOutAllowed: false,
    annexRef: annex("2. Appoint named leads for your local authority area’s programme/transformation team"),
  },
  {
    number: 3,
    expectationId: "programme.min.general.national-centre",
    title: "Work with the National Centre for Family Hubs and Start for Life Unit",
    optOutAllowed: false,
    annexRef: annex("3. Work with the National Centre for Family Hubs and Start for Life Unit"),
  },
  {
    number: 4,
    expectationId: "programme.min.general.branding",
    title: "Central government branding",
    optOutAllowed: false,
    annexRef: annex("4. Implement central government branding requirements"),
  },
  {
    number: 5,
    expectationId: "programme.min.general.digital-engagement",
    title: "Digital engagement (Growing Up Well and digital child health record)",
    optOutAllowed: true,
    annexRef: annex("5. Engage with the digital solutions being developed"),
  },
  {
    number: 6,
    expectationId: "programme.min.general.data-collection",
    title: "Data collection and monitoring",
    optOutAllowed: false,
    annexRef: annex("6. Commit to all data collection and monitoring expectations"),
  },
  {
    number: 7,
    expectationId: "programme.min.general.evaluation",
    title: "National evaluation",
    optOutAllowed: false,
    annexRef: annex("7. Agree to take part in the national evaluation"),
  },
  {
    number: 8,
    expectationId: "programme.min.general.use-of-funding",
    title: "Use of funding",
    optOutAllowed: false,
    annexRef: annex("8. Commit to use the funding in line with the programme guide"),
  },
];

/**
 * Annex N, 2: the guide's example roles for named leads ("This may include"), so a plan may name others too.
 */
export const NAMED_LEAD_ROLES = [
  { id: "programme-coordinator", name: "Programme co-ordinator" },
  { id: "change-manager", name: "Change manager" },
  { id: "data-lead", name: "Data lead" },
  { id: "support-officer", name: "Support officer" },
  { id: "analytical-support", name: "Analytical support" },
  { id: "digital-support", name: "Digital support" },
] as const;
export type NamedLeadRoleId = (typeof NAMED_LEAD_ROLES)[number]["id"];

/**
 * Annex N, 4: the branding requirements behind the single branding expectation. The annex's nested bullets
 * (signage and marketing; guidance due by January 2023) are detail of the last item, not separate rules.
 */
export const BRANDING_REQUIREMENTS = [
  { id: "family-hub-name", text: "Call hubs 'Family Hub' in all information and communications.", wherePossible: false },
  {
    id: "start-for-life-name",
    text: "Use the 'Start for Life' name in all information and communications about conception-to-two services.",
    wherePossible: false,
  },
  { id: "funding-acknowledgement", text: "Say that central government funds or supports the hubs.", wherePossible: true },
  {
    id: "government-brand",
    text: "Use the agreed central government brand on communications materials, including hub signage and marketing.",
    wherePossible: true,
  },
] as const;
