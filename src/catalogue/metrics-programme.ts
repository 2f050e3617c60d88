// Programme monitoring MI: the register of services, workforce, and reach (Programme reporting expectations >
// Management information > Minimum expectations > Programme monitoring MI).
import { field, metricGroup, type Metric, type MetricOption } from "./metric-model";

const MONITORING = "Programme reporting expectations > Management information > Minimum expectations > Programme monitoring MI";

export const PHYSICAL_ACCESS_TYPES = [
  { id: "walk-in", label: "Walk-in" },
  { id: "pre-booked-one-to-one", label: "Pre-booked appointment (one-to-one)" },
  { id: "pre-booked-group", label: "Pre-booked appointment (group)" },
  { id: "home-visit", label: "Home visit" },
] as const satisfies readonly MetricOption[];
export type PhysicalAccessType = (typeof PHYSICAL_ACCESS_TYPES)[number]["id"];

export const VIRTUAL_ACCESS_TYPES = [
  { id: "telephone", label: "Telephone" },
  { id: "video-one-to-one", label: "Video appointment (one-to-one)" },
  { id: "video-group", label: "Video appointment (group)" },
] as const satisfies readonly MetricOption[];
export type VirtualAccessType = (typeof VIRTUAL_ACCESS_TYPES)[number]["id"];

export const COMMISSIONING_ROUTES = [
  { id: "local-authority-direct", label: "Directly through the local authority" },
  { id: "commissioned", label: "Commissioned" },
  { id: "voluntary-community-sector-led", label: "Voluntary or community sector led" },
] as const satisfies readonly MetricOption[];
export type CommissioningRoute = (typeof COMMISSIONING_ROUTES)[number]["id"];

// The guide names the dimensions (gender, deprivation, ethnicity) but not their categories; see
// MI_COLLECTION.interpretations in metrics.ts for the categories chosen.
export const GENDER_CATEGORIES = [
  { id: "female", label: "Female" },
  { id: "male", label: "Male" },
  { id: "another-gender", label: "Describes their gender another way" },
  { id: "not-known", label: "Not known" },
] as const satisfies readonly MetricOption[];

export const DEPRIVATION_CATEGORIES = [
  { id: "imd-quintile-1", label: "Index of Multiple Deprivation quintile 1 (most deprived 20%)" },
  { id: "imd-quintile-2", label: "Index of Multiple Deprivation quintile 2" },
  { id: "imd-quintile-3", label: "Index of Multiple Deprivation quintile 3" },
  { id: "imd-quintile-4", label: "Index of Multiple Deprivation quintile 4" },
  { id: "imd-quintile-5", label: "Index of Multiple Deprivation quintile 5 (least deprived 20%)" },
  { id: "not-known", label: "Not known" },
] as const satisfies readonly MetricOption[];

export const ETHNICITY_CATEGORIES = [
  { id: "asian", label: "Asian, Asian British or Asian Welsh" },
  { id: "black", label: "Black, Black British, Black Welsh, Caribbean or African" },
  { id: "mixed", label: "Mixed or multiple ethnic groups" },
  { id: "white", label: "White" },
  { id: "other", label: "Other ethnic group" },
  { id: "not-known", label: "Not known" },
] as const satisfies readonly MetricOption[];

export const STAFF_PROFESSIONS = [
  { id: "midwife", label: "Midwife" },
  { id: "health-visitor", label: "Health visitor" },
  { id: "family-support-worker", label: "Family support worker" },
  { id: "early-years-practitioner", label: "Early years practitioner" },
  { id: "infant-feeding-practitioner", label: "Infant feeding practitioner or peer supporter" },
  { id: "perinatal-mental-health-practitioner", label: "Perinatal mental health practitioner" },
  { id: "parent-infant-relationship-practitioner", label: "Parent–infant relationship practitioner" },
  { id: "parenting-practitioner", label: "Parenting practitioner" },
  { id: "social-worker", label: "Social worker" },
  { id: "other", label: "Other" },
] as const satisfies readonly MetricOption[];

const services = metricGroup({ strand: "family-hubs", level: "minimum", frequency: "quarterly", heading: MONITORING });
const workforce = metricGroup({
  strand: "family-hubs",
  level: "minimum",
  frequency: "quarterly",
  heading: `${MONITORING} > Workforce numbers and training`,
});
const reach = metricGroup({
  strand: "family-hubs",
  level: "minimum",
  frequency: "quarterly",
  heading: `${MONITORING} > Service usage/ footfall and reach`,
});

export const SERVICE_REGISTER_METRIC_ID = "family-hubs.services";

export const PROGRAMME_MONITORING_METRICS: readonly Metric[] = [
  services("services", "Services offered in your area", "records", {
    helpText: "One row for each service offered through the family hub network. Update the list every quarter.",
    fields: [
      field("name", "Name of service", "text", { required: true, maxLength: 200 }),
      field("age-from-years", "Youngest age served (years)", "count", {
        max: 25,
        helpText: "Enter 0 for services from birth. Family hubs serve ages 0 to 19, or up to 25 with SEND.",
      }),
      field("age-to-years", "Oldest age served (years)", "count", { max: 25 }),
      field("antenatal", "Also serves expectant parents", "boolean"),
      field("location", "Location", "text", { required: true, maxLength: 300 }),
      field("date-opened", "Date opened", "date"),
      field("opening-hours-per-week", "Opening hours per week", "hours", { max: 168 }),
      field("physical-access-types", "Physical access", "choices", { options: PHYSICAL_ACCESS_TYPES }),
      field("virtual-access-types", "Virtual access", "choices", { options: VIRTUAL_ACCESS_TYPES }),
      field("commissioning-route", "Commissioning route", "choice", { options: COMMISSIONING_ROUTES }),
      field("located-in-family-hub", "Located physically in the family hub", "boolean"),
      field("shares-workforce", "Shares workforce with other services", "boolean"),
    ],
  }),

  workforce("workforce.staff-count", "Number of staff", "count", {
    helpText: "Headcount of staff working in or through the family hub network on the last day of the quarter.",
  }),
  workforce("workforce.staff-by-profession", "Staff by profession", "breakdown", { options: STAFF_PROFESSIONS }),
  workforce("workforce.staff-turnover", "Staff turnover", "percentage", {
    helpText: "Leavers in the quarter as a percentage of the average headcount in the quarter.",
  }),
  workforce("workforce.maturity", "Workforce maturity", "text", {
    helpText: "A short description of how developed the workforce is, for example skills, supervision and gaps.",
  }),
  workforce("workforce.staff-trained", "Number of staff who went through training", "count"),
  workforce("workforce.cpd-hours", "Professional time for continuing professional development (hours)", "hours", {
    helpText: "Total hours of CPD time taken by the workforce in the quarter.",
  }),
  workforce("workforce.multi-agency-knowledge-sharing", "Focus on multi-agency knowledge sharing", "text", {
    frequency: "annual",
  }),
  workforce("workforce.training-impact", "Impact of training on the confidence and skills of the workforce", "text", {
    frequency: "annual",
  }),

  reach("reach.families-accessing-family-hubs", "Number of families accessing family hubs", "count"),
  reach("reach.families-accessing-family-hubs-percent", "Families accessing family hubs as a percentage of the population", "percentage", {
    helpText: "Families accessing family hubs in the quarter, as a percentage of families with children in your area.",
  }),
  reach("reach.families-accessing-start-for-life-website", "Number of families accessing the Start for Life website", "count"),
  reach("reach.parents-carers-accessing-services", "Number of parents and carers accessing services", "count"),
  reach("reach.parents-carers-by-gender", "Parents and carers accessing services, by gender", "breakdown", {
    options: GENDER_CATEGORIES,
  }),
  reach("reach.parents-carers-by-deprivation", "Parents and carers accessing services, by deprivation", "breakdown", {
    options: DEPRIVATION_CATEGORIES,
    helpText: "Use the Index of Multiple Deprivation quintile of the family's home postcode.",
  }),
  reach("reach.parents-carers-by-ethnicity", "Parents and carers accessing services, by ethnicity", "breakdown", {
    options: ETHNICITY_CATEGORIES,
  }),
  reach("reach.average-waiting-time-days", "Average waiting time for accessing services (days)", "days", {
    max: 365,
    helpText: "Average number of days from referral or request to first contact, for families first seen in the quarter.",
  }),
];
