// Groups of local authorities with their own limits: trailblazers, Early Intervention Foundation support,
// super-evaluators and the early-awareness research; and the sign-up they all depend on.
import { TRAILBLAZER_TOP_UPS, type Pence } from "./funding";
import type { DateWindow, GuideRef, IsoDate, StrandId } from "./types";

// ------------------------------------------------------------------------------------------ sign-up

export const SIGN_UP = {
  /** "We will launch the formal programme sign-up process in August 2022"; the exact day was not stated. */
  window: { from: "2022-08-01", to: "2022-10-31" } satisfies DateWindow,
  signatories: [
    { id: "chief-executive", label: "Chief executive" },
    { id: "director-of-childrens-services", label: "Director of children's services" },
    { id: "director-of-public-health", label: "Director of public health" },
    { id: "chief-finance-officer", label: "Chief finance officer" },
    { id: "council-leader", label: "Leader of the council" },
    { id: "health-and-wellbeing-board-chair", label: "Chair of the health and wellbeing board" },
  ],
  consultees: [
    { id: "local-mps", label: "Local MP or MPs" },
    { id: "cabinet-member-health-and-wellbeing", label: "Cabinet member for health and wellbeing" },
    { id: "cabinet-member-children-and-young-people", label: "Cabinet member for children and young people" },
    { id: "integrated-care-board-lead", label: "Integrated care board executive lead" },
    {
      id: "local-providers",
      label: "Local providers of relevant services",
      examples: [
        "NHS trust, local midwifery team, health visitor leads",
        "Third sector, voluntary, community and faith organisations, and education settings",
      ],
    },
  ],
  guideRef: { document: "programme-guide", heading: "How to sign up to deliver the programme" } satisfies GuideRef,
} as const;

export type SignatoryId = (typeof SIGN_UP.signatories)[number]["id"];
export type ConsulteeId = (typeof SIGN_UP.consultees)[number]["id"];

/** True when a sign-up form submitted on this London date is in time (the closing date counts). */
export function isSignUpOnTime(date: IsoDate): boolean {
  return date <= SIGN_UP.window.to;
}

// ------------------------------------------------------------------------------------- trailblazers

export type TrailblazerWave = 1 | 2;

export const TRAILBLAZER_STRANDS = ["perinatal-mental-health", "infant-feeding", "parenting"] as const satisfies readonly StrandId[];
export type TrailblazerStrand = (typeof TRAILBLAZER_STRANDS)[number];

const SELECTION_REF: GuideRef = { document: "trailblazer-guide", heading: "Selection process > Timelines" };

export const TRAILBLAZERS = {
  maxPlaces: 15,
  financialYear: "2022-23",
  strands: TRAILBLAZER_STRANDS,
  waves: [
    { wave: 1, closes: "2022-08-31", places: 8, guideRef: SELECTION_REF },
    {
      wave: 2,
      closes: "2022-09-30",
      /** "seven places plus any unfilled places from the first wave". */
      places: 7,
      guideRef: SELECTION_REF,
    },
  ],
  /** An unsuccessful wave-one application is considered again in wave two, exactly as submitted. */
  waveOneReconsideredInWaveTwo: true,
  revisionBetweenWaves: false,
  /** Feedback on a wave-one application is given only after the wave-two deadline. */
  feedbackAfter: "2022-09-30",
  /** Questions close 72 hours before each wave's closing date. */
  questionsCloseHoursBefore: 72,
  /** The application goes in with the sign-up form, and a trailblazer must complete sign-up. */
  requiresSignUp: true,
  /** Priority goes to applicants strong in all three strands; one or two strands can be selected. */
  priorityForAllStrands: true,
  criteria: [
    {
      id: "ambition-and-deliverability",
      text:
        "Plans for spending the extra money across the three trailblazer strands: are they realistic, bold and new, and " +
        "how will families get to know their hubs so that more of them use these services?",
    },
    { id: "sharing-expertise", text: "How the area will actively pass on what it learns to other councils." },
    { id: "existing-offer", text: "What the area already provides through family hubs and in each of the three trailblazer strands." },
    {
      id: "system-maturity",
      text:
        "How ready local systems (such as leadership, data and staff) are for fast delivery, judged with selected questions " +
        "from DLUHC's Early Help System Guide; earlier answers may be updated.",
    },
  ],
  criteriaGuideRef: { document: "trailblazer-guide", heading: "Selection process > Overarching approach" } satisfies GuideRef,
  guideRef: { document: "programme-guide", heading: "Trailblazers" } satisfies GuideRef,
} as const;

/**
 * The selection wave for a sign-up and trailblazer application submitted on a London date: 1 up to and
 * including 31 August 2022, 2 up to and including 30 September 2022, and null after that (late
 * applications are not considered).
 */
export function waveForSubmission(date: IsoDate): TrailblazerWave | null {
  for (const w of TRAILBLAZERS.waves) if (date <= w.closes) return w.wave;
  return null;
}

/** Places open in wave two: its own seven plus any wave one did not fill. */
export function waveTwoPlaces(filledInWaveOne: number): number {
  const waveOne = TRAILBLAZERS.waves[0].places;
  if (!Number.isInteger(filledInWaveOne) || filledInWaveOne < 0 || filledInWaveOne > waveOne)
    throw new RangeError(`Wave one fills 0 to ${waveOne} places, got ${filledInWaveOne}`);
  return TRAILBLAZERS.maxPlaces - filledInWaveOne;
}

/** Additional 2022-23 funding per trailblazer for a strand, in pence; 0 for strands trailblazer funding does not cover. */
export function topUpFor(strand: StrandId): Pence {
  return TRAILBLAZER_TOP_UPS.find((t) => t.strand === strand)?.pencePerTrailblazer ?? 0;
}

/** A trailblazer's additional funding: only the strands it was selected for. */
export function trailblazerFundingFor(strands: readonly StrandId[]): Pence {
  return [...new Set(strands)].reduce((sum, s) => sum + topUpFor(s), 0);
}

// ---------------------------------------------------------------- Early Intervention Foundation

export const EIF_SUPPORT = {
  maxPlaces: 15,
  financialYear: "2022-23",
  /** Requested in section eight of the sign-up form. */
  signUpFormSection: 8,
  requiresSignUp: true,
  focus: ["parenting", "early-language", "infant-feeding", "perinatal-mental-health"] as const satisfies readonly StrandId[],
  guideRef: { document: "programme-guide", heading: "Annex Q: receiving additional support from the Early Intervention Foundation" } satisfies GuideRef,
  interpretation:
    "The guide says EIF support 'will not be available for those LAs selected to become trailblazers', and Annex Q that " +
    "it is 'not suitable' for those who apply. We enforce the first (a trailblazer never receives EIF support) and only " +
    "warn about the second, since an unsuccessful trailblazer applicant may still need it.",
} as const;

export interface CohortStatus {
  signedUp: boolean;
  trailblazer: boolean;
  appliedForTrailblazer?: boolean;
}

export type EifEligibility = "eligible" | "eligible-not-advised" | "not-signed-up" | "trailblazer";

export function eifEligibility({ signedUp, trailblazer, appliedForTrailblazer = false }: CohortStatus): EifEligibility {
  if (!signedUp) return "not-signed-up";
  if (trailblazer) return "trailblazer";
  return appliedForTrailblazer ? "eligible-not-advised" : "eligible";
}

// ------------------------------------------------------------------- evaluation and research

export const SUPER_EVALUATORS = {
  /** "up to around 30 local authority areas"; a soft limit. */
  approxMaxPlaces: 30,
  /** "selected ... in the late autumn" of 2022. */
  selectionWindow: { from: "2022-10-01", to: "2022-12-31" } satisfies DateWindow,
  /** The trailblazer guide expects some trailblazers to be super-evaluators too. */
  trailblazersMayJoin: true,
  guideRef: { document: "programme-guide", heading: "Evaluation" } satisfies GuideRef,
  interpretation: "'Late autumn' is read as October to December 2022; the cap of 30 is approximate and warns rather than blocks.",
} as const;

export const EARLY_AWARENESS_RESEARCH = {
  /** Interest is registered in section nine of the sign-up form and commits the area to nothing. */
  signUpFormSection: 9,
  commitsToTakingPart: false,
  additionalFunding: false,
  /** "likely to begin December 2022/January 2023 and run for approximately 12 months". */
  expectedStart: { from: "2022-12-01", to: "2023-01-31" } satisfies DateWindow,
  expectedDurationMonths: 12,
  /** Birth registration in family hubs is the focus, but other approaches may express interest too. */
  birthRegistrationRequired: false,
  guideRef: {
    document: "programme-guide",
    heading: "Annex R: further information - research on early awareness and take up of family hub services",
  } satisfies GuideRef,
} as const;
