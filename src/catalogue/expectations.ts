import { EARLY_LANGUAGE_EXPECTATIONS } from "./early-language";
import { FAMILY_HUBS_EXPECTATIONS } from "./family-hubs";
import { INFANT_FEEDING_EXPECTATIONS } from "./infant-feeding";
import { PARENT_CARER_PANEL_EXPECTATIONS } from "./parent-carer-panels";
import { PARENTING_EXPECTATIONS } from "./parenting";
import { PERINATAL_MENTAL_HEALTH_EXPECTATIONS } from "./perinatal-mental-health";
import { PROGRAMME_EXPECTATIONS } from "./programme";
import { START_FOR_LIFE_OFFER_EXPECTATIONS } from "./start-for-life-offer";

/** Every expectation of the catalogue, in the guide's strand order. */
export const ALL_EXPECTATIONS = [
  ...FAMILY_HUBS_EXPECTATIONS,
  ...PARENTING_EXPECTATIONS,
  ...PERINATAL_MENTAL_HEALTH_EXPECTATIONS,
  ...EARLY_LANGUAGE_EXPECTATIONS,
  ...INFANT_FEEDING_EXPECTATIONS,
  ...PARENT_CARER_PANEL_EXPECTATIONS,
  ...START_FOR_LIFE_OFFER_EXPECTATIONS,
  ...PROGRAMME_EXPECTATIONS,
] as const;

export type ExpectationId = (typeof ALL_EXPECTATIONS)[number]["id"];
