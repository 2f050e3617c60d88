import { z } from "zod";
import { ANALYTICS_METRIC_IDS } from "@/domain/analytics/mi-metrics";
import { RISK_RATINGS } from "@/domain/analytics/risk-register";
import { STRAND_IDS } from "@/catalogue/types";
import { REGIONS } from "@/domain/roles";

// The GET filters of /analytics, /risks and /local-authorities/[gssCode]/insights. An unknown value is
// ignored rather than an error: these are bookmarkable links, not forms with error summaries.

const optional = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === "string" && v !== "" ? v : undefined), z.enum(values).optional()).catch(undefined);

export const ZAnalyticsFilters = z.object({
  region: optional(REGIONS),
  period: z.preprocess((v) => (typeof v === "string" && /^\d{4}-\d{2}-Q[1-4]$/.test(v) ? v : undefined), z.string().optional()).catch(undefined),
  metric: optional(ANALYTICS_METRIC_IDS).transform((v) => v ?? "infant-feeding.breastfeeding-initiation"),
});
export type TAnalyticsFilters = z.infer<typeof ZAnalyticsFilters>;

export const ZRiskFilters = z.object({
  region: optional(REGIONS),
  strand: optional(STRAND_IDS),
  rating: optional(RISK_RATINGS),
  sort: optional(["rating", "la"] as const).transform((v) => v ?? "rating"),
});
export type TRiskFilters = z.infer<typeof ZRiskFilters>;
