import { describe, expect, it } from "vitest";
import { buildRiskRegister, countByRating, type LatestReturnRisks } from "@/domain/analytics/risk-register";

const risk = (id: string, likelihood: number, impact: number, extra: Record<string, unknown> = {}) => ({ id, title: `Risk ${id}`, likelihood, impact, status: "open", ...extra });
const returns: LatestReturnRisks[] = [
  { localAuthorityGss: "B", name: "Bolton", region: "North West", periodId: "2023-24-Q4", submissionId: "s1", risks: [risk("b1", 2, 2, { strand: "parenting" }), risk("b2", 5, 4, { strand: "infant-feeding" }), risk("b3", 5, 5, { status: "closed" })] },
  { localAuthorityGss: "A", name: "Ashford", region: "South East", periodId: "2023-24-Q3", submissionId: "s2", risks: [risk("a1", 3, 3, { strand: "parenting", rating: "green" }), { id: "broken", title: "" }] },
];

describe("buildRiskRegister", () => {
  it("lists open risks, red first then by score, re-deriving ratings", () => {
    const register = buildRiskRegister(returns);
    expect(register.map((r) => [r.id, r.rating, r.score])).toEqual([
      ["b2", "red", 20],
      ["a1", "amber", 9],
      ["b1", "green", 4],
    ]);
    expect(countByRating(register)).toEqual({ red: 1, amber: 1, green: 1 });
  });

  it("filters by strand and rating, and sorts by LA when asked", () => {
    expect(buildRiskRegister(returns, { strand: "parenting" }).map((r) => r.id)).toEqual(["a1", "b1"]);
    expect(buildRiskRegister(returns, { rating: "red" }).map((r) => r.id)).toEqual(["b2"]);
    expect(buildRiskRegister(returns, { sort: "la" }).map((r) => r.localAuthorityName)).toEqual(["Ashford", "Bolton", "Bolton"]);
  });
});
