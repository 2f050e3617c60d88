// The one place a risk's RAG rating is worked out from its likelihood and impact.

export type RiskRating = "red" | "amber" | "green";

export const RISK_RATING_INTERPRETATION =
  "The guide asks LAs to share 'risks or challenges' in each return but gives no scoring method. We use the common " +
  "5×5 matrix: score = likelihood × impact (each 1 to 5); a score of 15 or more is red, 8 to 14 amber, 7 or less green.";

/** Likelihood and impact are whole numbers from 1 to 5. */
export function riskRating(likelihood: number, impact: number): RiskRating {
  const score = likelihood * impact;
  if (score >= 15) return "red";
  if (score >= 8) return "amber";
  return "green";
}
