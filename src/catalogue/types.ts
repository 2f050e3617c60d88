// Shared vocabulary of the programme catalogue. Pure types: no I/O, no framework imports.

export const STRAND_IDS = [
  "family-hubs",
  "parenting",
  "perinatal-mental-health",
  "early-language",
  "infant-feeding",
  "parent-carer-panels",
  "start-for-life-offer",
  "programme",
] as const;
export type StrandId = (typeof STRAND_IDS)[number];

/** How families reach a service, as the guide groups its bullets. "general" where the guide gives no channel. */
export const CHANNELS = ["hub", "virtual", "network", "system", "general"] as const;
export type Channel = (typeof CHANNELS)[number];

export const EXPECTATION_KINDS = ["minimum", "go-further"] as const;
export type ExpectationKind = (typeof EXPECTATION_KINDS)[number];

export type GuideDocument = "programme-guide" | "trailblazer-guide";

/** Where in the guide a rule comes from, so every entry can be checked against its source. */
export interface GuideRef {
  document: GuideDocument;
  /** The guide heading path, e.g. "Infant feeding support > Minimum expectations > Face to face at a family hub". */
  heading: string;
}

/** ISO calendar date, YYYY-MM-DD. Dates in the catalogue are London dates. */
export type IsoDate = `${number}-${number}-${number}`;

export interface Strand {
  id: StrandId;
  name: string;
  /** True for the services and activities funded by the programme (they need a go-further in the plan). */
  funded: boolean;
  guideRef: GuideRef;
}

export interface Expectation {
  /** Stable id, e.g. "infant-feeding.min.hub.peer-support". Never reuse or rename: plans store it. */
  id: string;
  strand: StrandId;
  channel: Channel;
  kind: ExpectationKind;
  /** Plain-English summary in our own words. */
  summary: string;
  guideRef: GuideRef;
  /** Minimum expectations: 2025-03-31 unless the guide sets an earlier date. Go-furthers: null. */
  deadline: IsoDate | null;
  /** The guide's asterisk: can be delivered at a hub, virtually or in the network. */
  deliverableAnyChannel?: boolean;
  /** The guide's go-further asterisk: can be delivered at a hub or elsewhere in the network (the guide does not say virtually). */
  deliverableInNetwork?: boolean;
  /** The guide lets an area opt out of this expectation with good reason. */
  optOutAllowed?: boolean;
  /** Metric ids (from metrics.ts) that evidence this expectation. */
  metricIds?: readonly string[];
}

/** Where a criterion's text came from: the official annex, or our reading of the guide until we have it. */
export type Provenance = "official annex" | "derived from guide";

/** The three principles of family hubs (Section 2, "Family hub model framework"). */
export const FRAMEWORK_PRINCIPLE_IDS = ["access", "connection", "relationships"] as const;
export type FrameworkPrincipleId = (typeof FRAMEWORK_PRINCIPLE_IDS)[number];

/** Level 1 is the basic model, level 2 the developed model. */
export type FrameworkLevel = 1 | 2;

export type CriterionRequirement = "required" | "go-further";

/** One criterion of the family hub model framework (Annex E). Replacing derived criteria with the official annex is a data-only change. */
export interface FrameworkCriterion {
  /** Stable id, e.g. "framework.key-principle.safeguarding". Never reuse or rename: plans store it. */
  id: string;
  /** "cross-cutting" where a criterion serves all three principles rather than one. */
  principle: FrameworkPrincipleId | "cross-cutting";
  level: FrameworkLevel;
  requirement: CriterionRequirement;
  text: string;
  provenance: Provenance;
  guideRef: GuideRef;
}

/** An inclusive range of London calendar dates. */
export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
}
