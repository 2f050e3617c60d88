import { findExpectation } from "@/catalogue/lookup";
import type { StrandId } from "@/catalogue/types";
import { mergeStrandExpectations, type TPlanMinimumExpectations } from "@/schemas/plan/minimum-expectations";

/** The strands whose minimum expectations appear in a posted page. */
export function strandsOf(expectationIds: readonly string[]): StrandId[] {
  const strands = expectationIds.flatMap((id) => {
    const strand = findExpectation(id)?.strand;
    return strand ? [strand] : [];
  });
  return [...new Set(strands)];
}

/**
 * Merges one strand page into the saved section: the entries of every strand present in the posted data replace
 * that strand's saved entries, other strands are kept. A strand page posts only its own expectations, so the strand
 * is known from the ids. A row whose status is never chosen is not saved, and a radio cannot be unchosen, so a
 * strand page always posts the entries it saved before.
 */
export function mergeExpectationsByStrand(stored: TPlanMinimumExpectations | undefined, posted: TPlanMinimumExpectations): TPlanMinimumExpectations {
  const start: TPlanMinimumExpectations = { expectations: { ...(stored?.expectations ?? {}) } };
  return strandsOf(Object.keys(posted.expectations)).reduce((section, strand) => mergeStrandExpectations(section, strand, posted), start);
}
