// The public JSON form of the catalogue (GET /api/v1/catalogue): what integrations need to name and check
// expectations, metrics, milestones and funding lines, without the internal notes and builder details.
import { FIXED_MILESTONES } from "./calendar";
import { ALL_EXPECTATIONS } from "./expectations";
import { FUNDING_LINES } from "./funding";
import type { MetricFrequency, MetricUnit } from "./metric-model";
import { METRICS } from "./metrics";
import { STRANDS } from "./strands";
import type { Channel, ExpectationKind, IsoDate, StrandId } from "./types";
import { catalogueVersion } from "./version";

export interface CatalogueJson {
  version: string;
  strands: { id: StrandId; name: string }[];
  expectations: {
    id: string;
    strand: StrandId;
    channel: Channel;
    kind: ExpectationKind;
    summary: string;
    /** The guide's heading path, segments joined by " > ". */
    guideRef: string;
    /** Null for go-further options, which have no deadline. */
    deadline: IsoDate | null;
  }[];
  metrics: {
    id: string;
    strand: StrandId;
    label: string;
    unit: MetricUnit;
    level: ExpectationKind;
    frequency: MetricFrequency;
    /** Inclusive bounds for numeric units; null where there is none. */
    min: number | null;
    max: number | null;
  }[];
  /** The plan's date for each milestone must be on or before its due date. */
  milestones: { id: string; label: string; dueDate: IsoDate }[];
  fundingLines: { id: string; label: string }[];
}

/** Builds the public catalogue document. Field order is fixed so the body, and so its ETag, is stable. */
export function buildCatalogueJson(): CatalogueJson {
  return {
    version: catalogueVersion,
    strands: STRANDS.map((s) => ({ id: s.id, name: s.name })),
    expectations: ALL_EXPECTATIONS.map((e) => ({
      id: e.id,
      strand: e.strand,
      channel: e.channel,
      kind: e.kind,
      summary: e.summary,
      guideRef: e.guideRef.heading,
      deadline: e.deadline,
    })),
    metrics: METRICS.map((m) => ({
      id: m.id,
      strand: m.strand,
      label: m.label,
      unit: m.unit,
      level: m.level,
      frequency: m.frequency,
      min: m.min ?? null,
      max: m.max ?? null,
    })),
    milestones: FIXED_MILESTONES.map((m) => ({ id: m.id, label: m.label, dueDate: m.window.to })),
    fundingLines: FUNDING_LINES.map((l) => ({ id: l.id, label: l.label })),
  };
}
