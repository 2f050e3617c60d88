import { z } from "zod";
import { TRAILBLAZER_STRANDS, TRAILBLAZERS } from "@/catalogue/cohorts";

// The panel's assessment of a trailblazer application (trailblazer guide, "Selection process > Overarching
// approach"). The guide names the four criteria but no scale, so each is scored 0 to 4 with a comment that
// says why: a short scale the cross-government panel can apply consistently, and the comments become the
// feedback that wave-one applicants receive after the wave-two deadline.

export const CRITERION_IDS = TRAILBLAZERS.criteria.map((c) => c.id) as [
  (typeof TRAILBLAZERS.criteria)[number]["id"],
  ...(typeof TRAILBLAZERS.criteria)[number]["id"][],
];
export type CriterionId = (typeof CRITERION_IDS)[number];

export const SCORE_SCALE = [
  { score: 0, label: "No evidence" },
  { score: 1, label: "Weak" },
  { score: 2, label: "Adequate" },
  { score: 3, label: "Good" },
  { score: 4, label: "Strong" },
] as const;
export const MAX_SCORE = 4;

const ZScore = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
  z.number({ error: "Select a score from 0 to 4" }).int("Select a score from 0 to 4").min(0, "Select a score from 0 to 4").max(MAX_SCORE, "Select a score from 0 to 4"),
);

const ZCriterionScore = z.object({
  score: ZScore,
  comment: z.string().trim().min(1, "Explain the score").max(5000, "The comment must be 5,000 characters or fewer"),
});

/** Form fields: criteria[<criterion id>].score (radios 0–4), criteria[<criterion id>].comment. */
export const ZApplicationScore = z.object({
  criteria: z.object(Object.fromEntries(CRITERION_IDS.map((id) => [id, ZCriterionScore])) as Record<CriterionId, typeof ZCriterionScore>),
});
export type TApplicationScore = z.infer<typeof ZApplicationScore>;

export function totalScore(score: TApplicationScore): number {
  return CRITERION_IDS.reduce((sum, id) => sum + score.criteria[id].score, 0);
}

/** Form fields: decisions[<strand>] (radios selected | not-selected | pending) for the strands applied for. */
export const ZStrandDecisions = z.object({
  decisions: z.partialRecord(z.enum(TRAILBLAZER_STRANDS), z.enum(["selected", "not-selected", "pending"], { error: "Select a decision" })),
});
export type TStrandDecisions = z.infer<typeof ZStrandDecisions>;
