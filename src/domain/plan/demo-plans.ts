import { TRAILBLAZER_STRANDS } from "@/catalogue/cohorts";
import { expectationsFor, STRANDS } from "@/catalogue/lookup";
import type { IsoDate, StrandId } from "@/catalogue/types";
import { EXPLANATIONS_SECTION, warningKey, type SubmissionDocument } from "@/domain/submissions/types";
import type { TPlanGoFurther } from "@/schemas/plan/go-further";
import type { TPlanHubs } from "@/schemas/plan/hubs";
import type { TExpectationEntry, TPlanMinimumExpectations } from "@/schemas/plan/minimum-expectations";
import type { TPlanMilestones } from "@/schemas/plan/milestones";
import type { PlanContext } from "./context";
import { MILESTONE_QUARTERS } from "./milestone-quarters";

// Realistic delivery plans for the seed and the demo: pure data, shaped as the section schemas output them.

export interface DemoLocalAuthority {
  name: string;
  isTrailblazer: boolean;
  trailblazerStrands?: readonly StrandId[];
}

export function demoPlanContext(la: DemoLocalAuthority, today: IsoDate = "2022-12-01"): PlanContext {
  return { isTrailblazer: la.isTrailblazer, trailblazerStrands: [...(la.trailblazerStrands ?? [])], today };
}

function emailDomain(la: DemoLocalAuthority): string {
  return `${la.name.toLowerCase().replace(/[^a-z]+/g, "")}.gov.uk`;
}

function ambition(la: DemoLocalAuthority) {
  return {
    ambition:
      `By March 2025 every family in ${la.name} with a baby, child or young person up to 19 (25 with SEND) will know where their ` +
      "nearest family hub is and will get joined-up help there, in their community or online, without having to tell their story twice.",
    earlyHelpFit:
      "The plan delivers the family support priorities of our early help strategy 2022 to 2025. The early help partnership board " +
      "oversees both, and the hub network replaces the separate children's centre and youth offers named in the strategy.",
    startingPoint:
      "We have four children's centres serving families with children under 5 and a separate youth service. Health visiting runs " +
      "from two of the centres. Perinatal mental health support has a waiting list of 14 weeks.",
  };
}

function hubs(la: DemoLocalAuthority): TPlanHubs {
  return {
    hubs: [
      {
        name: `${la.name} Central Family Hub`,
        kind: "family-hub",
        postcode: "M1 1AE",
        openingDate: "2023-03-01",
        ageRange: "0-25-send",
        hoursPerWeek: 50,
        coLocatedServices: "Health visiting, midwifery clinics, infant feeding peer support, early help, youth service, Jobcentre Plus outreach",
      },
      {
        name: `${la.name} North Family Hub`,
        kind: "family-hub",
        postcode: "M8 5BD",
        openingDate: "2023-09-04",
        ageRange: "0-5",
        hoursPerWeek: 37.5,
        coLocatedServices: "Health visiting, stay and play, speech and language therapy drop-in",
      },
      { name: "Riverside Library", kind: "network-site", postcode: "M3 4EN", openingDate: "2023-04-03", ageRange: "0-19", hoursPerWeek: 12 },
      { name: "Family hub online", kind: "virtual", openingDate: "2023-03-01", ageRange: "0-25-send" },
    ],
  };
}

function leadership(la: DemoLocalAuthority) {
  const domain = emailDomain(la);
  return {
    accountableLead: { name: "Alex Morgan", jobTitle: "Director of Children's Services", email: `alex.morgan@${domain}` },
    namedLeads: {
      "programme-coordinator": { name: "Sam Patel", email: `sam.patel@${domain}` },
      "change-manager": { name: "Jo Williams", email: `jo.williams@${domain}` },
      "data-lead": { name: "Chris Okoro" },
    },
    governance:
      "A family hubs and Start for Life programme board, chaired by the accountable lead, meets monthly and reports to the " +
      "health and wellbeing board every quarter. The Parent and Carer Panel sends two members to the board.",
  };
}

/** The strand in which the demo marks most minimums as met with a single go-further, to show a warning. */
const MOSTLY_MET_STRAND: StrandId = "parent-carer-panels";

function earlier(a: IsoDate, b: IsoDate | null): IsoDate {
  return b !== null && b < a ? b : a;
}

function minimumExpectations(): TPlanMinimumExpectations {
  const expectations: Record<string, TExpectationEntry> = {};
  for (const strand of STRANDS) {
    expectationsFor({ strand: strand.id, kind: "minimum" }).forEach((e, i) => {
      const met = strand.id === MOSTLY_MET_STRAND ? i < 4 : i % 3 === 0;
      if (met) expectations[e.id] = { status: "met" };
      else if (strand.id === "perinatal-mental-health" && i === 1) {
        expectations[e.id] = { status: "at-risk", targetDate: earlier("2025-01-31", e.deadline), reason: "Recruiting specialist perinatal practitioners is taking longer than planned." };
      } else expectations[e.id] = { status: "planned", targetDate: earlier(i % 2 ? "2024-09-30" : "2024-03-31", e.deadline) };
    });
  }
  return { expectations };
}

function goFurther(la: DemoLocalAuthority): TPlanGoFurther {
  const chosen: TPlanGoFurther["chosen"] = {};
  for (const strand of STRANDS.filter((s) => s.funded)) {
    const trailblazing = la.isTrailblazer && (la.trailblazerStrands ?? []).includes(strand.id);
    const options = expectationsFor({ strand: strand.id, kind: "go-further" }).slice(0, strand.id === MOSTLY_MET_STRAND ? 1 : 2);
    options.forEach((option, i) => {
      chosen[option.id] = {
        selected: true,
        startQuarter: trailblazing && i === 0 ? "2022-23-Q4" : i === 0 ? "2023-24-Q2" : "2024-25-Q1",
        detail: "Planned with our provider partners and the Parent and Carer Panel.",
      };
    });
  }
  return {
    chosen,
    own: [
      {
        title: "Dads' evening sessions",
        description: "Fortnightly evening sessions at the central hub led by a dads' worker, with peer support for fathers and co-parents.",
        strand: "parenting",
        startQuarter: "2023-24-Q3",
      },
    ],
  };
}

const TRANSFORMATION_TITLES = [
  "Family hub branding and signage in place at every site",
  "Shared case management system live for early help and health visiting",
  "Second family hub open, with youth service on site",
  "Infant feeding peer supporters trained and working in both hubs",
  "Perinatal mental health pathway agreed with the NHS trust",
  "Network sites linked to the hubs' booking and referral system",
  "Parenting programmes available in the evening and online",
  "Review of the hub model with the Parent and Carer Panel",
  "Every minimum expectation met and the model sustained beyond the programme",
];

function milestones(): TPlanMilestones {
  return {
    fixed: {
      "hub-opening": {
        date: "2023-03-01",
        description: "The central family hub opens for families of children aged 0 to 19 (25 with SEND), with health visiting and youth services on site.",
      },
      "start-for-life-offer-published": { date: "2023-03-15", description: "Published online and in print at every site." },
      "parent-carer-panel-established": { date: "2023-02-28" },
    },
    transformation: MILESTONE_QUARTERS.map((quarter, i) => ({
      id: `m-${quarter.id.toLowerCase()}`,
      title: TRANSFORMATION_TITLES[i] ?? `Transformation milestone for ${quarter.label}`,
      date: quarter.to,
    })),
  };
}

function trailblazerCommitments(la: DemoLocalAuthority) {
  if (!la.isTrailblazer) return undefined;
  const strands = TRAILBLAZER_STRANDS.filter((s) => (la.trailblazerStrands ?? []).includes(s));
  return {
    strands: Object.fromEntries(
      strands.map((s) => [s, { commitment: "By March 2023 families will be able to book this support at the central hub, and we will share what we learn with our region." }]),
    ),
  };
}

/** A complete plan with no errors and two warnings, each explained. */
export function fullPlanDocument(la: DemoLocalAuthority): SubmissionDocument {
  const document: SubmissionDocument = {
    ambition: ambition(la),
    hubs: hubs(la),
    leadership: leadership(la),
    "needs-assessment": { approach: "planned", plannedCompletionDate: "2023-02-28", summary: "Refreshing the 2021 joint strategic needs assessment with baby and child-level data." },
    "minimum-expectations": minimumExpectations(),
    "go-further": goFurther(la),
    milestones: milestones(),
    [EXPLANATIONS_SECTION]: {
      [warningKey({ sectionKey: "go-further", path: `strands.${MOSTLY_MET_STRAND}`, code: "more-go-further-expected" })]:
        "Our panel has run since 2019. We are putting the extra funding into perinatal mental health, where the need is greatest.",
      [warningKey({ sectionKey: "hubs", path: "hubs[1].ageRange", code: "family-hub-age-range" })]:
        "The north hub opens as a 0 to 5 centre while the youth service moves in; it will serve 0 to 19 from April 2024.",
    },
  };
  const commitments = trailblazerCommitments(la);
  if (commitments) document["trailblazer-commitments"] = commitments;
  return document;
}

/** A plan part-way through, whose rules find errors: each section saved, as its schema allows. */
export function draftPlanWithErrors(la: DemoLocalAuthority): SubmissionDocument {
  const full = fullPlanDocument(la);
  const parenting = expectationsFor({ strand: "parenting", kind: "minimum" });
  const offer = expectationsFor({ strand: "start-for-life-offer", kind: "minimum" })[0];
  const expectations: Record<string, TExpectationEntry> = Object.fromEntries(parenting.map((e) => [e.id, { status: "planned", targetDate: "2024-06-30" }]));
  // After the offer's deadline of 31 March 2023.
  if (offer) expectations[offer.id] = { status: "planned", targetDate: "2023-06-30" };
  return {
    ambition: { ambition: (full.ambition as { ambition: string }).ambition },
    hubs: { hubs: [{ name: `${la.name} Central Family Hub`, kind: "family-hub", postcode: "M1 1AE", openingDate: "2023-09-04", ageRange: "0-19" }] },
    leadership: { accountableLead: { name: "Alex Morgan", jobTitle: "Director of Children's Services" }, namedLeads: {} },
    "minimum-expectations": { expectations },
    "go-further": { chosen: {}, own: [{ title: "Dads' evening sessions", description: "Evening sessions for fathers.", strand: "parenting", startQuarter: "2023-24-Q3" }] },
    milestones: { fixed: { "hub-opening": { date: "2023-09-04" } }, transformation: [{ title: "Hub branding in place", date: "2023-06-30" }] },
  };
}
