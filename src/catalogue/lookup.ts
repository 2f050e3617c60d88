import { ALL_EXPECTATIONS, type ExpectationId } from "./expectations";
import { STRANDS } from "./strands";
import type { Channel, Expectation, ExpectationKind, Strand, StrandId } from "./types";

export { STRANDS };

const byId: ReadonlyMap<string, Expectation> = new Map(ALL_EXPECTATIONS.map((e) => [e.id, e]));
const strandsById: ReadonlyMap<string, Strand> = new Map(STRANDS.map((s) => [s.id, s]));

export function isExpectationId(id: string): id is ExpectationId {
  return byId.has(id);
}

export function findExpectation(id: string): Expectation | undefined {
  return byId.get(id);
}

/** For ids that must exist (e.g. read back from a plan saved under this catalogue version). */
export function getExpectation(id: string): Expectation {
  const expectation = byId.get(id);
  if (!expectation) throw new Error(`Unknown expectation id: ${id}`);
  return expectation;
}

export function expectationsFor(filter: {
  strand?: StrandId;
  kind?: ExpectationKind;
  channel?: Channel;
}): readonly Expectation[] {
  return ALL_EXPECTATIONS.filter(
    (e) =>
      (filter.strand === undefined || e.strand === filter.strand) &&
      (filter.kind === undefined || e.kind === filter.kind) &&
      (filter.channel === undefined || e.channel === filter.channel),
  );
}

export function getStrand(id: StrandId): Strand {
  const strand = strandsById.get(id);
  if (!strand) throw new Error(`Unknown strand id: ${id}`);
  return strand;
}
