// Searching and grouping the expectations catalogue, for the catalogue page and anything else that lists it.
import type { Channel, Expectation, ExpectationKind, Strand, StrandId } from "@/catalogue/types";

export interface CatalogueSearch {
  strand?: StrandId;
  kind?: ExpectationKind;
  channel?: Channel;
  /** Free text: every word must appear in the summary or the id, ignoring case. */
  q?: string;
}

/** Lower case, with typographic quotes and dashes made plain, so "parent-infant" finds "parent–infant". */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-");
}

export function searchTerms(q: string | undefined): string[] {
  return q === undefined ? [] : normalise(q).split(/\s+/).filter((term) => term !== "");
}

/** The expectations that match every filter given, in catalogue order. */
export function searchExpectations<E extends Expectation>({
  expectations,
  filters,
}: {
  expectations: readonly E[];
  filters: CatalogueSearch;
}): E[] {
  const terms = searchTerms(filters.q);
  return expectations.filter((e) => {
    if (filters.strand !== undefined && e.strand !== filters.strand) return false;
    if (filters.kind !== undefined && e.kind !== filters.kind) return false;
    if (filters.channel !== undefined && e.channel !== filters.channel) return false;
    if (terms.length === 0) return true;
    const haystack = `${normalise(e.summary)}\n${normalise(e.id)}`;
    return terms.every((term) => haystack.includes(term));
  });
}

export interface StrandGroup<E extends Expectation> {
  strand: Strand;
  expectations: E[];
}

/** Groups expectations under their strands, in the strands' order, leaving out strands with none. */
export function groupByStrand<E extends Expectation>({
  expectations,
  strands,
}: {
  expectations: readonly E[];
  strands: readonly Strand[];
}): StrandGroup<E>[] {
  return strands
    .map((strand) => ({ strand, expectations: expectations.filter((e) => e.strand === strand.id) }))
    .filter((group) => group.expectations.length > 0);
}
