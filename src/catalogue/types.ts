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
  /** Metric ids (from metrics.ts) that evidence this expectation. */
  metricIds?: readonly string[];
}

/** Where a criterion's text came from: the official annex, or our reading of the guide until we have it. */
export type Provenance = "official annex" | "derived from guide";
