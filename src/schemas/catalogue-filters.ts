import { z } from "zod";
import { CHANNELS, EXPECTATION_KINDS, STRAND_IDS } from "@/catalogue/types";

const optionalOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === "string" && v !== "" ? v : undefined), z.enum(values).optional()).catch(undefined);

/** Query-string filters of the catalogue page. Unknown values are ignored, not errors: it is a search, not a form to correct. */
export const ZCatalogueFilters = z.object({
  strand: optionalOf(STRAND_IDS),
  kind: optionalOf(EXPECTATION_KINDS),
  channel: optionalOf(CHANNELS),
  q: z
    .preprocess((v) => (typeof v === "string" ? v.trim().slice(0, 100) : undefined), z.string().optional())
    .transform((v) => (v === "" ? undefined : v))
    .catch(undefined),
});
export type TCatalogueFilters = z.infer<typeof ZCatalogueFilters>;
