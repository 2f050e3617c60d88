import type { IsoDate, StrandId } from "@/catalogue/types";

/** What the plan's rules need to know beyond the document: the LA's cohort and the date of the check. */
export interface PlanContext {
  isTrailblazer: boolean;
  /** The strands the LA was selected as a trailblazer for (a subset of TRAILBLAZER_STRANDS); empty otherwise. */
  trailblazerStrands: StrandId[];
  /** The London date of the check. */
  today: IsoDate;
}
