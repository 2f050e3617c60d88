import { z } from "zod";
import { REGIONS } from "@/domain/roles";
import { SUBMISSION_KINDS } from "@/domain/submissions/types";

const optional = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === "string" && v !== "" ? v : undefined), z.enum(values).optional()).catch(undefined);

export const ZReviewFilters = z.object({ kind: optional(SUBMISSION_KINDS), region: optional(REGIONS) });
