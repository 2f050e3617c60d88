import { describe, expect, it } from "vitest";
import { ZApplicationScore, ZStrandDecisions, totalScore } from "@/domain/selection/scoring";

const posted = {
  criteria: {
    "ambition-and-deliverability": { score: "4", comment: "Bold and deliverable" },
    "sharing-expertise": { score: "2", comment: "A regional group" },
    "existing-offer": { score: "3", comment: "Five hubs open" },
    "system-maturity": { score: "0", comment: "No data lead" },
  },
};

describe("ZApplicationScore", () => {
  it("scores each of the four criteria 0 to 4 with a comment, from form strings, idempotently", () => {
    const score = ZApplicationScore.parse(posted);
    expect(totalScore(score)).toBe(9);
    expect(ZApplicationScore.parse(score)).toEqual(score);
  });

  it("refuses a missing criterion, a score outside 0 to 4 and a missing comment", () => {
    const { "system-maturity": _gone, ...three } = posted.criteria;
    expect(ZApplicationScore.safeParse({ criteria: three }).success).toBe(false);
    expect(ZApplicationScore.safeParse({ criteria: { ...posted.criteria, "sharing-expertise": { score: "5", comment: "x" } } }).error?.issues[0]?.message).toBe("Select a score from 0 to 4");
    expect(ZApplicationScore.safeParse({ criteria: { ...posted.criteria, "sharing-expertise": { score: "2.5", comment: "x" } } }).success).toBe(false);
    expect(ZApplicationScore.safeParse({ criteria: { ...posted.criteria, "sharing-expertise": { score: "2", comment: " " } } }).error?.issues[0]?.message).toBe("Explain the score");
  });

  it("reads strand decisions", () => {
    expect(ZStrandDecisions.parse({ decisions: { parenting: "selected" } })).toEqual({ decisions: { parenting: "selected" } });
    expect(ZStrandDecisions.safeParse({ decisions: { "early-language": "selected" } }).success).toBe(false);
  });
});
