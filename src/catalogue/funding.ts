// Funding lines and national totals the guides state. Money is integer pence throughout.
import type { FinancialYearId } from "./calendar";
import type { GuideRef, StrandId } from "./types";

/** An amount of money in pence; always an integer. */
export type Pence = number;

export type FundingType = "resource" | "capital";

export interface FundingRelease {
  financialYear: FinancialYearId;
  /** What is paid that year, in the guide's words. */
  form: string;
}

export interface FundingLine {
  /** Stable id; allocations store it. */
  id: string;
  label: string;
  strands: readonly StrandId[];
  /** Both for a line the guide splits into resource (programme) and capital without giving amounts. */
  types: readonly FundingType[];
  /** The national amount the guide states; null where it gives none. */
  nationalTotalPence: Pence | null;
  /** Counted in the £301.75 million Family Hubs and Start for Life package. */
  inProgrammePackage: boolean;
  /** Paid to the local authorities in this programme. */
  allocatedToLocalAuthorities: boolean;
  /** The line this one is part of. */
  parentId?: string;
  release: readonly FundingRelease[];
  guideRef: GuideRef;
  interpretation?: string;
}

const INVESTMENT = "How the overall investment will contribute towards achieving the programme aims";
const ANNEX_P: GuideRef = { document: "programme-guide", heading: "Annex P: overview of approach to funding across the programme" };

const EVERY_YEAR: readonly FundingRelease[] = [
  { financialYear: "2022-23", form: "funding" },
  { financialYear: "2023-24", form: "funding" },
  { financialYear: "2024-25", form: "funding" },
];

/** Annex P: a development grant in 2022/23, then funding for the services from 2023/24 to 2024/25. */
const FUNDED_SERVICE_RELEASE: readonly FundingRelease[] = [
  { financialYear: "2022-23", form: "development grant" },
  { financialYear: "2023-24", form: "funding for services" },
  { financialYear: "2024-25", form: "funding for services" },
];

function fundedService(id: string, label: string, strand: StrandId, pence: Pence, heading: string): FundingLine {
  return {
    id,
    label,
    strands: [strand],
    types: ["resource"],
    nationalTotalPence: pence,
    inProgrammePackage: true,
    allocatedToLocalAuthorities: true,
    release: FUNDED_SERVICE_RELEASE,
    guideRef: { document: "programme-guide", heading: `${INVESTMENT} > ${heading}` },
  };
}

export const FUNDING_LINES: readonly FundingLine[] = [
  {
    id: "family-hubs-transformation",
    label: "Family hubs transformation",
    strands: ["family-hubs"],
    types: ["resource", "capital"],
    nationalTotalPence: 8_175_000_000,
    inProgrammePackage: true,
    allocatedToLocalAuthorities: true,
    release: EVERY_YEAR,
    guideRef: { document: "programme-guide", heading: `${INVESTMENT} > £81.75 million to create family hub networks serving children of all ages.` },
  },
  {
    id: "family-hubs-transformation.programme",
    label: "Family hubs transformation: programme",
    strands: ["family-hubs"],
    types: ["resource"],
    nationalTotalPence: null,
    inProgrammePackage: true,
    allocatedToLocalAuthorities: true,
    parentId: "family-hubs-transformation",
    release: EVERY_YEAR,
    guideRef: { document: "programme-guide", heading: "How the transformation funding could be used" },
    interpretation:
      "The guide says only that 'the majority' of transformation funding is programme (resource) budget and 'a smaller " +
      "amount' capital; the split comes with each area's allocation, so no national figure is stored for either part.",
  },
  {
    id: "family-hubs-transformation.capital",
    label: "Family hubs transformation: capital",
    strands: ["family-hubs"],
    types: ["capital"],
    nationalTotalPence: null,
    inProgrammePackage: true,
    allocatedToLocalAuthorities: true,
    parentId: "family-hubs-transformation",
    release: EVERY_YEAR,
    guideRef: { document: "programme-guide", heading: "How the transformation funding could be used" },
  },
  fundedService("parenting-support", "Parenting support", "parenting", 5_000_000_000, "£50 million for parenting support"),
  fundedService(
    "perinatal-mental-health",
    "Parent–infant relationships and perinatal mental health",
    "perinatal-mental-health",
    10_000_000_000,
    "£100 million for bespoke parent-infant relationships and perinatal mental health support",
  ),
  fundedService("infant-feeding", "Infant feeding support", "infant-feeding", 5_000_000_000, "£50 million to establish infant feeding support services"),
  {
    ...fundedService(
      "home-learning-environment",
      "Early language and the home learning environment",
      "early-language",
      2_870_000_000,
      "£28.7 million to deliver training for practitioners to support parents with the home learning environment (HLE) through family hubs",
    ),
    inProgrammePackage: false,
    interpretation:
      "The introduction calls the £28.7 million for the home learning environment 'additional' to the £301.75 million, " +
      "while a later paragraph says the programme 'includes' it. We treat it as additional: the package's stated lines " +
      "(£81.75m + £50m + £100m + £50m + £10m for the offer and panels + the £10m workforce trials) already make £301.75m.",
  },
  {
    id: "start-for-life-offer-and-panels",
    label: "Publishing the Start for Life offer and Parent and Carer Panels",
    strands: ["start-for-life-offer", "parent-carer-panels"],
    types: ["resource"],
    nationalTotalPence: 1_000_000_000,
    inProgrammePackage: true,
    allocatedToLocalAuthorities: true,
    release: EVERY_YEAR,
    guideRef: {
      document: "programme-guide",
      heading: `${INVESTMENT} > £10 million to support local authority areas to publish a clear Start for Life offer, and establish Parent and Carer Panels`,
    },
    interpretation: "The guide gives one £10 million line for both activities, so they share one funding line.",
  },
  {
    id: "workforce-trials",
    label: "Workforce trials",
    strands: ["programme"],
    types: ["resource"],
    nationalTotalPence: 1_000_000_000,
    inProgrammePackage: true,
    allocatedToLocalAuthorities: false,
    release: [
      { financialYear: "2023-24", form: "funding for a smaller number of areas" },
      { financialYear: "2024-25", form: "funding for a smaller number of areas" },
    ],
    guideRef: { document: "programme-guide", heading: "Introduction" },
    interpretation:
      "A footnote says £10m of the £301.75m is for workforce trials from 2023/24, 'separate to this programme'. It is kept " +
      "here so the package adds up, but is not allocated through this portal.",
  },
];

export function fundingLineById(id: string): FundingLine | undefined {
  return FUNDING_LINES.find((l) => l.id === id);
}

/** Lines with their own national figure, without the parts of a line (which have none). */
export function topLevelFundingLines(): readonly FundingLine[] {
  return FUNDING_LINES.filter((l) => l.parentId === undefined);
}

export const PROGRAMME_TOTALS = {
  /** "£301.75 million Family Hubs and Start for Life programme funding package for the period 2022–2025". */
  packagePence: 30_175_000_000,
  /** "An additional £28.7m ... home learning environments". */
  homeLearningEnvironmentPence: 2_870_000_000,
  /** Committed to family hubs before this programme (Annex B); not part of the package. */
  earlierFamilyHubsCommitmentPence: 3_950_000_000,
  eligibleLocalAuthorities: 75,
  /** "We expect year one funding to be paid in two tranches". */
  yearOneTranches: 2,
  guideRef: { document: "programme-guide", heading: "Introduction" } satisfies GuideRef,
  interpretation:
    "A small, unstated part of the package is kept centrally for national initiatives (Annex O), such as the National " +
    "Breastfeeding Helpline, so allocations to areas add up to less than the line totals.",
} as const;

// --------------------------------------------------------------------------------- trailblazers

export interface TrailblazerTopUp {
  strand: StrandId;
  pencePerTrailblazer: Pence;
  financialYear: FinancialYearId;
  /** The trailblazer guide calls the amounts provisional. */
  provisional: true;
  guideRef: GuideRef;
}

const TABLE_1: GuideRef = { document: "trailblazer-guide", heading: "Delivery support" };

/** Trailblazer guide, Table 1: additional funding per trailblazer in 2022-23, by strand selected for. */
export const TRAILBLAZER_TOP_UPS: readonly TrailblazerTopUp[] = [
  { strand: "perinatal-mental-health", pencePerTrailblazer: 10_000_000, financialYear: "2022-23", provisional: true, guideRef: TABLE_1 },
  { strand: "infant-feeding", pencePerTrailblazer: 5_000_000, financialYear: "2022-23", provisional: true, guideRef: TABLE_1 },
  { strand: "parenting", pencePerTrailblazer: 3_300_000, financialYear: "2022-23", provisional: true, guideRef: TABLE_1 },
];

/** Table 1's total for a trailblazer selected in all three strands: £183,000. */
export const TRAILBLAZER_TOP_UP_TOTAL_PENCE: Pence = 18_300_000;

export const TRAILBLAZER_FUNDING_INTERPRETATION =
  "The guides do not say which funding line pays for trailblazer top-ups, so they are not added to the package " +
  "total; a trailblazer selected for only some strands receives only those strands' amounts.";

// ----------------------------------------------------------------------------------- formatting

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Formats pence as pounds, GOV.UK style: "£100,000" for whole pounds, "£1,234.50" otherwise,
 * or always with pence when `showPence` is set.
 */
export function formatPounds(pence: Pence, { showPence = false }: { showPence?: boolean } = {}): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`Money must be a whole number of pence, got ${pence}`);
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  const pounds = groupThousands(String(Math.floor(abs / 100)));
  const rest = abs % 100;
  return rest === 0 && !showPence ? `${sign}£${pounds}` : `${sign}£${pounds}.${String(rest).padStart(2, "0")}`;
}
