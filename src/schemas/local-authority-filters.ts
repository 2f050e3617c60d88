import { z } from "zod";
import { REGIONS } from "@/domain/roles";

export const COHORT_FILTERS = {
  trailblazer: "Trailblazers",
  "super-evaluator": "Super-evaluators",
  eif: "Early Intervention Foundation support",
} as const;
export type CohortFilter = keyof typeof COHORT_FILTERS;

const optionalOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === "string" && v !== "" ? v : undefined), z.enum(values).optional()).catch(undefined);

/** Query-string filters of the local authorities list. Unknown values are ignored, not errors. */
export const ZLocalAuthorityFilters = z.object({
  region: optionalOf(REGIONS),
  cohort: optionalOf(Object.keys(COHORT_FILTERS) as [CohortFilter, ...CohortFilter[]]),
  // NUL cannot be sent to PostgreSQL (the query fails): it is dropped, like any other character no name holds.
  q: z.preprocess((v) => (typeof v === "string" ? v.replace(/\u0000/g, "").trim().slice(0, 100) : undefined), z.string().optional()).catch(undefined),
});
export type TLocalAuthorityFilters = z.infer<typeof ZLocalAuthorityFilters>;
