import type { GuideRef } from "./types";

export interface Interpretation {
  id: string;
  /** What the guide leaves open. */
  question: string;
  /** What the catalogue does about it. */
  decision: string;
  guideRef: GuideRef;
}

const ref = (heading: string): GuideRef => ({ document: "programme-guide", heading });
const FUNDED = "Minimum expectations and 'go further' options for funded services and activities";

/** Where the guide is ambiguous, the reading the catalogue encodes. Listed here so reviewers can check them in one place. */
export const INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: "one-entry-per-bullet",
    question: "How are bullets that wrap across a page break, or are separated by a blank line, counted?",
    decision:
      "Each top-level bullet of a minimum or go-further list is one entry. Text continuing a bullet after a page break belongs to that bullet; a blank line between bullets does not start a new list. No list in the funded-service sections has nested bullets.",
    guideRef: ref(FUNDED),
  },
  {
    id: "nested-bullets-are-detail",
    question: "Annex N nests sub-bullets (branding requirements, named lead roles) under the eight additional expectations.",
    decision:
      "Sub-bullets are detail of their parent, not separate expectations: they are exported as typed lists (BRANDING_REQUIREMENTS, NAMED_LEAD_ROLES) beside the single entry for the parent.",
    guideRef: ref("Annex N: additional delivery expectations"),
  },
  {
    id: "channel-from-subheading",
    question: "Which channel does an entry have?",
    decision:
      "The sub-heading the bullet sits under: face to face at a hub = hub; virtual = virtual; received elsewhere in the network = network; Systems-level initiatives = system. Lists without such sub-headings (panels, Start for Life offer, additional delivery expectations) are general.",
    guideRef: ref(FUNDED),
  },
  {
    id: "asterisks",
    question: "Infant feeding asterisks mean different things in the two lists.",
    decision:
      "Minimum hub bullets with an asterisk may be delivered at a hub, virtually or in the network: deliverableAnyChannel. Go-further hub bullets with an asterisk may be delivered at a hub or in the network (not virtually): deliverableInNetwork. Their channel stays hub.",
    guideRef: ref(`${FUNDED} > Infant feeding support`),
  },
  {
    id: "by-april-2023",
    question: "Publish the Start for Life offer and establish a Parent and Carer Panel 'by April 2023': which date, and which entries?",
    decision:
      "2023-03-31, the end of financial year 2022-23. It applies to every minimum of those two strands, because those minimums define what a published offer and an established panel are.",
    guideRef: ref("Funded services: delivery expectations > Year one: funded services"),
  },
  {
    id: "first-half-of-2023",
    question: "Open family hubs and show visible change 'within the first half of 2023'.",
    decision: "Calendar year, as the guide says: deadline 2023-06-30.",
    guideRef: ref("Delivering change for families in year one – opening family hubs"),
  },
  {
    id: "needs-assessment",
    question: "Where does the local needs assessment (within 2022–23) belong?",
    decision:
      "A family hubs minimum with deadline 2023-03-31: Annex G says it informs both hub transformation and the funded services, and the eight-item programme strand is kept to the guide's list.",
    guideRef: ref("Funded services: delivery expectations > Local needs assessment"),
  },
  {
    id: "digital-engagement-date",
    question: "Digital engagement asks areas to take part in Growing Up Well testing and implementation in 2023-24.",
    decision: "Deadline 2024-03-31, with optOutAllowed because the guide allows opting out with good reason.",
    guideRef: ref("Additional delivery expectations > Minimum expectations"),
  },
  {
    id: "no-date-means-programme-end",
    question: "Several minimums (e.g. the single accountable lead) have no date although other rules depend on them.",
    decision:
      "Without a date in the guide the deadline is 2025-03-31. Earlier practical needs (a lead to receive panel insights) are for plan rules to check, not the catalogue.",
    guideRef: ref("Minimum expectations and 'go furthers'"),
  },
  {
    id: "meta-delivery-expectations",
    question:
      "Section 2 'Delivery expectations' also asks areas to agree to the minimum expectations and meet them by March 2025.",
    decision:
      "These are the rules the catalogue itself encodes (every minimum, and its deadline), not entries. The other two bullets (open hubs; deliver through the hub model) are family hubs entries.",
    guideRef: ref("Delivery expectations"),
  },
  {
    id: "family-hubs-entries",
    question: "The family hubs strand has no bulleted lists: its detail is in Annexes E and F, which we do not have.",
    decision:
      "Entries restate what Section 2 asks: all level 1 criteria and specified level 2 criteria (minimum), other level 2 criteria or more hubs (go-further), integration of existing services, and one minimum per access mode of the service expectations.",
    guideRef: ref("Family hub model framework"),
  },
  {
    id: "framework-levels",
    question: "Which derived criteria are level 1 or level 2, required or go-further?",
    decision:
      "The seven key principles and the visible-change examples for areas without a hub model are level 1 and required; the examples for areas with a model are level 2 go-furthers, because the guide does not say which level 2 criteria are compulsory. Safeguarding and evidence-based support serve all three principles: 'cross-cutting'.",
    guideRef: ref("Family hub model framework"),
  },
  {
    id: "trailblazer-examples",
    question: "The trailblazer guide lists examples of going further and faster in year one.",
    decision:
      "They illustrate the programme guide's go-further options rather than add rules, so they are not catalogue entries.",
    guideRef: { document: "trailblazer-guide", heading: "Additional delivery expectations" },
  },
];
