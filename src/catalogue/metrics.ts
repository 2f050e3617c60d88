// The management information (MI) catalogue: every metric, and every rule that relates metrics to each
// other or to last quarter, in one place. metric-rules.ts applies them.
import type { Metric, MetricRule } from "./metric-model";
import { PROGRAMME_MONITORING_METRICS } from "./metrics-programme";
import { STRAND_METRICS } from "./metrics-strand";
import type { DateWindow, GuideRef } from "./types";

const MI_REF: GuideRef = { document: "programme-guide", heading: "Programme reporting expectations > Management information" };
const BREASTFEEDING_REF: GuideRef = {
  document: "programme-guide",
  heading:
    "Programme reporting expectations > Management information > Minimum expectations > Strand-specific MI > Breastfeeding (all information at population level)",
};
const STRAND_REF: GuideRef = {
  document: "programme-guide",
  heading: "Programme reporting expectations > Management information > Minimum expectations > Strand-specific MI",
};
const PANEL_REF: GuideRef = { document: "programme-guide", heading: "Parent and Carer Panels > Minimum expectations" };

export const METRICS: readonly Metric[] = [...PROGRAMME_MONITORING_METRICS, ...STRAND_METRICS];

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function metricById(id: string): Metric | undefined {
  return BY_ID.get(id);
}

/** How and when MI is gathered, and the readings of the guide behind the catalogue. */
export const MI_COLLECTION = {
  /** "plan to baseline all participating local authorities in November 2022". */
  baseline: { from: "2022-11-01", to: "2022-11-30" } satisfies DateWindow,
  guideRef: MI_REF,
  interpretations: {
    frequency:
      "The guide says MI is collected 'at regular intervals, with some elements collected quarterly' without saying which. " +
      "We collect figures quarterly; free-text descriptions of impact, satisfaction and outcomes, and the demographics of " +
      "panel members (membership is refreshed annually), once a year; and the qualitative breastfeeding measures the guide " +
      "says it will gather 'through the evaluation' are marked 'evaluation' and not asked of local authorities.",
    categories:
      "The guide names the demographic dimensions (gender, deprivation, ethnicity) but not their categories. We use the " +
      "high-level ethnic groups of the 2021 Census, Index of Multiple Deprivation quintiles of the home postcode, and a " +
      "'not known' category in each so every person is counted exactly once. Staff professions and panel member types are " +
      "our own lists drawn from the guide's wording, each with 'other'.",
    breastfeedingRates:
      "Breastfeeding figures are percentages of all babies in the area ('all information at population level'), not only " +
      "of families who used the services.",
  },
} as const;

function notAbove(
  id: string,
  metricId: string,
  limitMetricId: string,
  severity: "error" | "warning",
  code: string,
  message: string,
  guideRef: GuideRef,
): MetricRule {
  return { kind: "not-above", id, metricId, limitMetricId, severity, code, message, guideRef };
}

function breakdownTotal(metricId: string, totalMetricId: string, what: string, guideRef: GuideRef): MetricRule {
  return {
    kind: "breakdown-total",
    id: `${metricId}.adds-up`,
    metricId,
    totalMetricId,
    severity: "warning",
    code: "breakdown-total-mismatch",
    message: `The ${what} do not add up to the total. Count each person once, using 'not known' where needed, or explain the difference.`,
    guideRef,
  };
}

const EXCLUSIVE_ABOVE_ANY =
  "cannot be higher than any breastfeeding at the same age, because exclusively breastfed babies are also counted in 'any'. Check both figures.";

/**
 * Rules beyond each metric's own type and bounds. Errors block submission; warnings ask for a short
 * explanation in the return's commentary.
 */
export const METRIC_RULES: readonly MetricRule[] = [
  notAbove(
    "infant-feeding.exclusive-within-any-10-14-days",
    "infant-feeding.breastfeeding-exclusive-10-14-days",
    "infant-feeding.breastfeeding-any-10-14-days",
    "error",
    "exclusive-above-any",
    `Exclusive breastfeeding at 10 to 14 days ${EXCLUSIVE_ABOVE_ANY}`,
    BREASTFEEDING_REF,
  ),
  notAbove(
    "infant-feeding.exclusive-within-any-6-8-weeks",
    "infant-feeding.breastfeeding-exclusive-6-8-weeks",
    "infant-feeding.breastfeeding-any-6-8-weeks",
    "error",
    "exclusive-above-any",
    `Exclusive breastfeeding at 6 to 8 weeks ${EXCLUSIVE_ABOVE_ANY}`,
    BREASTFEEDING_REF,
  ),
  notAbove(
    "infant-feeding.exclusive-within-any-6-months",
    "infant-feeding.breastfeeding-exclusive-6-months",
    "infant-feeding.breastfeeding-any-6-months",
    "error",
    "exclusive-above-any",
    `Exclusive breastfeeding at 6 months ${EXCLUSIVE_ABOVE_ANY}`,
    { document: "programme-guide", heading: "Programme reporting expectations > Management information > 'Go further' options" },
  ),
  notAbove(
    "infant-feeding.any-falls-by-6-8-weeks",
    "infant-feeding.breastfeeding-any-6-8-weeks",
    "infant-feeding.breastfeeding-any-10-14-days",
    "warning",
    "rate-rises-6-8-weeks",
    "Any breastfeeding at 6 to 8 weeks is higher than at 10 to 14 days, which is unusual. Check both figures, or explain why the rate rose.",
    BREASTFEEDING_REF,
  ),
  notAbove(
    "infant-feeding.exclusive-falls-by-6-8-weeks",
    "infant-feeding.breastfeeding-exclusive-6-8-weeks",
    "infant-feeding.breastfeeding-exclusive-10-14-days",
    "warning",
    "rate-rises-6-8-weeks",
    "Exclusive breastfeeding at 6 to 8 weeks is higher than at 10 to 14 days, which is unusual. Check both figures, or explain why the rate rose.",
    BREASTFEEDING_REF,
  ),
  notAbove(
    "infant-feeding.any-10-14-days-within-initiation",
    "infant-feeding.breastfeeding-any-10-14-days",
    "infant-feeding.breastfeeding-initiation",
    "warning",
    "rate-above-initiation",
    "Any breastfeeding at 10 to 14 days is higher than the initiation rate, which is unusual. Check both figures, or explain the difference.",
    BREASTFEEDING_REF,
  ),
  notAbove(
    "infant-feeding.any-falls-by-6-months",
    "infant-feeding.breastfeeding-any-6-months",
    "infant-feeding.breastfeeding-any-6-8-weeks",
    "warning",
    "rate-rises-6-months",
    "Any breastfeeding at 6 months is higher than at 6 to 8 weeks, which is unusual. Check both figures, or explain why the rate rose.",
    { document: "programme-guide", heading: "Programme reporting expectations > Management information > 'Go further' options" },
  ),
  {
    kind: "at-least",
    id: "parent-carer-panels.meets-every-second-month",
    metricId: "parent-carer-panels.meetings-per-year",
    min: 6,
    severity: "warning",
    code: "panel-meets-rarely",
    message:
      "The panel meets fewer than 6 times a year. The guide expects it to meet at least every second month. Check the figure, or explain why it meets less often.",
    guideRef: PANEL_REF,
  },
  {
    kind: "detail-required",
    id: "start-for-life-offer.promotion-methods-given",
    whenMetricId: "start-for-life-offer.promoted-to-parents",
    thenMetricId: "start-for-life-offer.promotion-methods",
    severity: "error",
    code: "detail-required",
    message: "Select how you make parents and carers aware of the Start for Life offer.",
    guideRef: {
      document: "programme-guide",
      heading: "Programme reporting expectations > Management information > Minimum expectations > Strand-specific MI > Publication of Start for Life Offers",
    },
  },
  ...(["pmh", "pir"] as const).flatMap((p): MetricRule[] => [
    notAbove(
      `perinatal-mental-health.${p}-after-within-before`,
      `perinatal-mental-health.${p}-assessed-before-and-after`,
      `perinatal-mental-health.${p}-assessed-before`,
      "error",
      "part-above-whole",
      "Parents assessed before and after cannot be more than parents assessed before. Check both figures.",
      STRAND_REF,
    ),
    notAbove(
      `perinatal-mental-health.${p}-improved-within-after`,
      `perinatal-mental-health.${p}-improved`,
      `perinatal-mental-health.${p}-assessed-before-and-after`,
      "error",
      "part-above-whole",
      "Parents whose assessment improved cannot be more than parents assessed before and after. Check both figures.",
      STRAND_REF,
    ),
  ]),
  {
    kind: "record-not-above",
    id: "family-hubs.services.age-range-order",
    metricId: "family-hubs.services",
    fieldId: "age-from-years",
    limitFieldId: "age-to-years",
    severity: "error",
    code: "age-range-reversed",
    message: "The youngest age served must not be more than the oldest age served. Swap or correct the ages.",
    guideRef: { document: "programme-guide", heading: "Programme reporting expectations > Management information > Minimum expectations > Programme monitoring MI" },
  },
  breakdownTotal("family-hubs.workforce.staff-by-profession", "family-hubs.workforce.staff-count", "staff numbers by profession", MI_REF),
  breakdownTotal("family-hubs.reach.parents-carers-by-gender", "family-hubs.reach.parents-carers-accessing-services", "parents and carers by gender", MI_REF),
  breakdownTotal(
    "family-hubs.reach.parents-carers-by-deprivation",
    "family-hubs.reach.parents-carers-accessing-services",
    "parents and carers by deprivation",
    MI_REF,
  ),
  breakdownTotal("family-hubs.reach.parents-carers-by-ethnicity", "family-hubs.reach.parents-carers-accessing-services", "parents and carers by ethnicity", MI_REF),
  breakdownTotal("parent-carer-panels.members-by-type", "parent-carer-panels.members", "panel members by type", MI_REF),
  breakdownTotal("parent-carer-panels.members-by-gender", "parent-carer-panels.members", "panel members by gender", MI_REF),
  breakdownTotal("parent-carer-panels.members-by-deprivation", "parent-carer-panels.members", "panel members by deprivation", MI_REF),
  breakdownTotal("parent-carer-panels.members-by-ethnicity", "parent-carer-panels.members", "panel members by ethnicity", MI_REF),
  {
    kind: "large-change",
    id: "quarter-on-quarter-change",
    maxRelativeChange: 0.5,
    units: ["count", "percentage", "days", "hours", "times-per-year"],
    severity: "warning",
    code: "large-change",
    message: "This figure changed by more than half since last quarter. Check it, or explain the change.",
    guideRef: MI_REF,
    interpretation:
      "A change 'of more than half' is measured against last quarter's value: |this − last| > 0.5 × last. When last " +
      "quarter's value was 0 there is no proportion to measure, so no warning is raised.",
  },
];
