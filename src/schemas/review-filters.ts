import { z } from "zod";
import { REGIONS } from "@/domain/roles";
import { SUBMISSION_KINDS } from "@/domain/submissions/types";

const optional = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === "string" && v !== "" ? v : undefined), z.enum(values).optional()).catch(undefined);

/** "waiting": waiting for a decision too long; "late": sent after its due date (see load-review-queue.ts). */
export const REVIEW_OVERDUE_FILTERS = ["waiting", "late"] as const;
/** "latest" (default): only what awaits a decision; "returned": also the revisions returned for changes. */
export const REVIEW_VERSION_FILTERS = ["latest", "returned"] as const;

export const ZReviewFilters = z.object({
  kind: optional(SUBMISSION_KINDS),
  region: optional(REGIONS),
  overdue: optional(REVIEW_OVERDUE_FILTERS),
  versions: optional(REVIEW_VERSION_FILTERS).transform((v) => v ?? "latest"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type TReviewFilters = z.infer<typeof ZReviewFilters>;
