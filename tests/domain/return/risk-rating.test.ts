import { describe, expect, it } from "vitest";
import { riskRating } from "@/domain/return/risk-rating";

describe("riskRating", () => {
  it.each([
    [1, 1, "green"],
    [1, 5, "green"],
    [2, 3, "green"],
    [2, 4, "amber"],
    [3, 4, "amber"],
    [2, 5, "amber"],
    [3, 5, "red"],
    [5, 5, "red"],
  ] as const)("likelihood %i × impact %i is %s", (likelihood, impact, rating) => {
    expect(riskRating(likelihood, impact)).toBe(rating);
  });

  it("puts the band edges at 7/8 and 14/15", () => {
    const byScore = new Map<number, string>();
    for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) byScore.set(l * i, riskRating(l, i));
    expect([byScore.get(6), byScore.get(8), byScore.get(12), byScore.get(15)]).toEqual(["green", "amber", "amber", "red"]);
  });
});
