import { riskRating, type RiskRating } from "@/domain/return/risk-rating";

// The national risk register (issue 6, item 4): every open risk in each LA's latest submitted or approved
// delivery return. A risk closed in the latest return, or dropped from it, is no longer open.

export const RISK_RATINGS = ["red", "amber", "green"] as const satisfies readonly RiskRating[];
const RATING_ORDER: Record<RiskRating, number> = { red: 0, amber: 1, green: 2 };

export interface LatestReturnRisks {
  localAuthorityGss: string;
  name: string;
  region: string;
  periodId: string;
  submissionId: string;
  /** The "risks" section's `risks` list, as stored. */
  risks: readonly Readonly<Record<string, unknown>>[];
}

export interface RegisterRisk {
  id: string;
  localAuthorityGss: string;
  localAuthorityName: string;
  region: string;
  periodId: string;
  submissionId: string;
  title: string;
  description: string | null;
  strand: string | null;
  likelihood: number;
  impact: number;
  score: number;
  rating: RiskRating;
  mitigation: string | null;
  owner: string | null;
}

export interface RiskRegisterFilters {
  strand?: string;
  rating?: RiskRating;
  /** "rating" (red first, then by score) is the default; "la" orders by LA name. */
  sort?: "rating" | "la";
}

const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);
const score = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5 ? v : null);

/** Open risks, filtered and sorted. Ratings are re-derived from likelihood and impact, never trusted as stored. */
export function buildRiskRegister(returns: readonly LatestReturnRisks[], filters: RiskRegisterFilters = {}): RegisterRisk[] {
  const risks: RegisterRisk[] = [];
  for (const r of returns) {
    for (const raw of r.risks) {
      if (raw.status === "closed") continue;
      const likelihood = score(raw.likelihood);
      const impact = score(raw.impact);
      const title = text(raw.title);
      if (likelihood === null || impact === null || title === null) continue;
      const risk: RegisterRisk = {
        id: text(raw.id) ?? `${r.submissionId}-${risks.length}`,
        localAuthorityGss: r.localAuthorityGss,
        localAuthorityName: r.name,
        region: r.region,
        periodId: r.periodId,
        submissionId: r.submissionId,
        title,
        description: text(raw.description),
        strand: text(raw.strand),
        likelihood,
        impact,
        score: likelihood * impact,
        rating: riskRating(likelihood, impact),
        mitigation: text(raw.mitigation),
        owner: text(raw.owner),
      };
      if (filters.strand && risk.strand !== filters.strand) continue;
      if (filters.rating && risk.rating !== filters.rating) continue;
      risks.push(risk);
    }
  }
  const byLa = (a: RegisterRisk, b: RegisterRisk) => a.localAuthorityName.localeCompare(b.localAuthorityName) || a.title.localeCompare(b.title);
  const byRating = (a: RegisterRisk, b: RegisterRisk) => RATING_ORDER[a.rating] - RATING_ORDER[b.rating] || b.score - a.score || byLa(a, b);
  return risks.sort(filters.sort === "la" ? byLa : byRating);
}

/** How many open risks of each rating. */
export function countByRating(risks: readonly Pick<RegisterRisk, "rating">[]): Record<RiskRating, number> {
  const counts: Record<RiskRating, number> = { red: 0, amber: 0, green: 0 };
  for (const r of risks) counts[r.rating]++;
  return counts;
}
