// Strand-specific MI, minimum and go-further (Programme reporting expectations > Management information).
import { metricGroup, type Metric, type MetricOption } from "./metric-model";
import { ETHNICITY_CATEGORIES, GENDER_CATEGORIES, DEPRIVATION_CATEGORIES } from "./metrics-programme";

const MI = "Programme reporting expectations > Management information";
const STRAND_MIN = `${MI} > Minimum expectations > Strand-specific MI`;
const GO_FURTHER = `${MI} > 'Go further' options`;

export const START_FOR_LIFE_PROMOTION_METHODS = [
  { id: "single-online-space", label: "Published online in a single place" },
  { id: "hard-copy-before-birth", label: "Hard copy given to parents-to-be before the birth" },
  { id: "posters-and-leaflets", label: "Posters and leaflets where parents and carers go" },
  { id: "family-hub-staff", label: "Family hub staff connect families to the offer" },
  { id: "social-media", label: "Social media" },
  { id: "outreach", label: "Outreach to local communities" },
  { id: "other", label: "Another way" },
] as const satisfies readonly MetricOption[];

export const PANEL_MEMBER_TYPES = [
  { id: "expectant-parent", label: "Pregnant woman or partner of a pregnant woman" },
  { id: "parent-under-two", label: "Parent or carer of a child under two" },
  { id: "parent-recent-user-over-two", label: "Parent or carer of a child over two who recently used Start for Life services" },
  { id: "other", label: "Other" },
] as const satisfies readonly MetricOption[];

const breastfeeding = metricGroup({
  strand: "infant-feeding",
  level: "minimum",
  frequency: "quarterly",
  heading: `${STRAND_MIN} > Breastfeeding (all information at population level)`,
});
const offer = metricGroup({
  strand: "start-for-life-offer",
  level: "minimum",
  frequency: "quarterly",
  heading: `${STRAND_MIN} > Publication of Start for Life Offers`,
});
const panels = metricGroup({
  strand: "parent-carer-panels",
  level: "minimum",
  frequency: "quarterly",
  heading: `${STRAND_MIN} > Parent and Carer Panels`,
});
const perinatal = metricGroup({ strand: "perinatal-mental-health", level: "minimum", frequency: "quarterly", heading: STRAND_MIN });
const parenting = metricGroup({ strand: "parenting", level: "minimum", frequency: "quarterly", heading: STRAND_MIN });
const hle = metricGroup({ strand: "early-language", level: "minimum", frequency: "quarterly", heading: STRAND_MIN });

const breastfeedingFurther = metricGroup({ strand: "infant-feeding", level: "go-further", frequency: "quarterly", heading: GO_FURTHER });
const offerFurther = metricGroup({ strand: "start-for-life-offer", level: "go-further", frequency: "annual", heading: GO_FURTHER });
const panelsFurther = metricGroup({ strand: "parent-carer-panels", level: "go-further", frequency: "annual", heading: GO_FURTHER });

const POPULATION_RATE = "Percentage of all babies in your area, not only those whose families used your services.";

function assessments(prefix: "pmh" | "pir", topic: string): Metric[] {
  return [
    perinatal(`${prefix}-assessed-before`, `Parents assessed for ${topic} before a funded intervention`, "count"),
    perinatal(`${prefix}-assessed-before-and-after`, `Parents assessed for ${topic} both before and after a funded intervention`, "count"),
    perinatal(`${prefix}-improved`, `Parents whose ${topic} assessment improved after a funded intervention`, "count"),
  ];
}

export const STRAND_METRICS: readonly Metric[] = [
  breastfeeding("breastfeeding-initiation", "Breastfeeding initiation rate", "percentage", { helpText: POPULATION_RATE }),
  breastfeeding("breastfeeding-any-10-14-days", "Any breastfeeding at 10 to 14 days", "percentage", { helpText: POPULATION_RATE }),
  breastfeeding("breastfeeding-exclusive-10-14-days", "Exclusive breastfeeding at 10 to 14 days", "percentage", { helpText: POPULATION_RATE }),
  breastfeeding("breastfeeding-any-6-8-weeks", "Any breastfeeding at 6 to 8 weeks", "percentage", { helpText: POPULATION_RATE }),
  breastfeeding("breastfeeding-exclusive-6-8-weeks", "Exclusive breastfeeding at 6 to 8 weeks", "percentage", { helpText: POPULATION_RATE }),
  breastfeeding("mothers-partners-accessing-support", "Number of mothers and partners who used infant feeding support", "count"),

  offer("published", "Start for Life offer published", "boolean"),
  offer("promoted-to-parents", "Promoting the Start for Life offer to parents and carers", "boolean"),
  offer("promotion-methods", "How you make parents and carers aware of the offer", "choices", {
    options: START_FOR_LIFE_PROMOTION_METHODS,
  }),

  panels("established", "Parent and Carer Panel established", "boolean"),
  panels("meetings-per-year", "How often the panel meets (times a year)", "times-per-year", {
    helpText: "The frequency agreed with the parents and carers on the panel. The guide expects at least every second month.",
  }),
  panels("members", "Number of panel members", "count"),
  panels("members-by-type", "Panel members, by who they are", "breakdown", { options: PANEL_MEMBER_TYPES, frequency: "annual" }),
  panels("members-by-gender", "Panel members, by gender", "breakdown", { options: GENDER_CATEGORIES, frequency: "annual" }),
  panels("members-by-deprivation", "Panel members, by deprivation", "breakdown", { options: DEPRIVATION_CATEGORIES, frequency: "annual" }),
  panels("members-by-ethnicity", "Panel members, by ethnicity", "breakdown", { options: ETHNICITY_CATEGORIES, frequency: "annual" }),

  ...assessments("pmh", "perinatal mental health"),
  ...assessments("pir", "the parent–infant relationship"),

  parenting("programmes-purchased", "Number of parenting programmes purchased", "count"),
  parenting("programme-types", "Types of parenting programme purchased", "text"),
  parenting("workforce-hired", "Number of parenting support staff hired", "count"),
  parenting("workforce-trained", "Number of parenting support staff trained", "count"),
  parenting("parents-supported", "Number of parents and carers supported by parenting services", "count"),

  hle("programmes-purchased", "Number of home learning environment programmes purchased", "count"),
  hle("programme-types", "Types of home learning environment programme purchased", "text"),
  hle("workforce-hired", "Number of home learning environment practitioners hired", "count"),
  hle("workforce-trained", "Number of practitioners trained to support the home learning environment", "count"),
  hle("parents-supported", "Number of parents and carers supported by home learning environment services", "count"),
  hle("children-supported", "Number of children supported by home learning environment services", "count"),

  breastfeedingFurther("intention-to-breastfeed", "Intention to breastfeed", "percentage", {
    helpText: "Percentage of pregnant women who say antenatally that they intend to breastfeed.",
  }),
  breastfeedingFurther("breastfeeding-any-6-months", "Any breastfeeding at 6 months", "percentage", { helpText: POPULATION_RATE }),
  breastfeedingFurther("breastfeeding-exclusive-6-months", "Exclusive breastfeeding at 6 months", "percentage", { helpText: POPULATION_RATE }),
  breastfeedingFurther("process-implementation", "Process and implementation measures", "text", { frequency: "annual" }),
  breastfeedingFurther("understand-offer", "Mothers' understanding of what support is offered and how to get it", "text", { frequency: "evaluation" }),
  breastfeedingFurther("intention-met", "Whether mothers who wanted to breastfeed actually did", "text", { frequency: "evaluation" }),
  breastfeedingFurther("stopped-early", "Mothers who stopped breastfeeding earlier than they had planned", "text", { frequency: "evaluation" }),
  breastfeedingFurther("parent-attitudes", "Attitudes of both parents or carers towards breastfeeding, including awareness of benefits", "text", {
    frequency: "evaluation",
  }),
  breastfeedingFurther("experience-of-support", "Mothers' experience of breastfeeding and of the support they received", "text", {
    frequency: "evaluation",
  }),
  breastfeedingFurther("workforce-satisfaction", "Workforce satisfaction and experience", "text", { frequency: "annual" }),
  breastfeedingFurther("short-term-health-outcomes", "Short-term health outcomes for babies", "text", {
    frequency: "annual",
    helpText: "For example gastrointestinal illness, otitis media, respiratory tract infection or necrotising enterocolitis.",
  }),

  offerFurther("families-aware", "Families who know the Start for Life offer and can use its services", "percentage", {
    helpText: "From a survey of families: the percentage who know about the offer and how to use it.",
  }),
  offerFurther("published-material-reach", "Reach of published material", "count", {
    helpText: "How many people the offer's materials reached, online, by phone or face to face (for example page views).",
  }),

  panelsFurther("families-experience", "What families say about Start for Life services", "text", {
    helpText: "Cover how easy information is to find, how well services join up, and how often families must retell their story.",
  }),
  panelsFurther("co-design", "How the panel co-designs Start for Life offers and services", "text", {
    helpText: "Show how you acted on feedback from panel members.",
  }),
];
