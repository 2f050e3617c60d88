import { z } from "zod";
import { STRAND_IDS } from "@/catalogue/types";
import { riskRating } from "@/domain/return/risk-rating";
import { zOptionalEnum, zOptionalText, zRequiredText, zScore } from "./fields";

// Section "risks": the risks and issues register, carried forward from quarter to quarter by id
// (the form posts `risks[0].title`, `risks[0].likelihood`, …). The rating is derived, never typed.

export const RISK_STATUSES = ["open", "closed"] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** A new risk's id: random, so a risk keeps its identity across quarters even when retitled. */
export function newRiskId(): string {
  return `risk-${crypto.randomUUID()}`;
}

export const ZRisk = z
  .object({
    id: z.preprocess(
      (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? newRiskId() : typeof v === "string" ? v.trim() : v),
      z.string().max(100).regex(/^[A-Za-z0-9_-]+$/, "The risk's id must contain only letters, numbers, hyphens and underscores"),
    ),
    title: zRequiredText("a title for the risk", 200),
    description: zOptionalText("Description", 2000),
    strand: zOptionalEnum(STRAND_IDS, "Select the strand the risk affects"),
    likelihood: zScore("a likelihood", 1, 5),
    impact: zScore("an impact", 1, 5),
    mitigation: zOptionalText("Mitigation", 2000),
    owner: zOptionalText("Owner", 200),
    status: z.preprocess((v) => (v === undefined || v === "" ? "open" : v), z.enum(RISK_STATUSES, { error: "Select whether the risk is open or closed" })),
    closedReason: zOptionalText("The reason for closing", 2000),
  })
  .transform((risk) => ({ ...risk, rating: riskRating(risk.likelihood, risk.impact) }));
export type TRisk = z.infer<typeof ZRisk>;

export const ZReturnRisks = z
  .object({
    risks: z.preprocess((v) => (v === undefined || v === "" ? [] : v), z.array(ZRisk).max(200, "Record 200 risks or fewer")),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.risks.forEach((risk, index) => {
      if (seen.has(risk.id)) ctx.addIssue({ code: "custom", path: ["risks", index, "id"], message: "Each risk must have its own id" });
      seen.add(risk.id);
    });
  });
export type TReturnRisks = z.infer<typeof ZReturnRisks>;
