import { describe, expect, it } from "vitest";
import { parsePoundsToPence } from "@/domain/money";
import { ZGrantSpend } from "@/schemas/grant/spend";

// parsePoundsToPence lives in src/domain/money.ts (shared with allocations); these are the cases the
// grant statement relies on.
describe("parsePoundsToPence", () => {
  it.each([
    ["£1,234.56", 123456],
    ["1234.56", 123456],
    ["1234", 123400],
    ["1234.5", 123450],
    ["£0.29", 29],
    ["0.07", 7],
    ["  £12  ", 1200],
    ["1,000,000", 100000000],
    ["0", 0],
    ["£90,071,992,547,409.91", 9007199254740991],
  ])("%s is %i pence", (text, pence) => {
    expect(parsePoundsToPence(text)).toBe(pence);
  });

  it.each(["", "£", ".", "abc", "12.345", "1,23", "12,3456", "1e5", "-5", "£-5", "1.2.3", "£90,071,992,547,409.92"])("rejects %j", (text) => {
    expect(parsePoundsToPence(text)).toBeNull();
  });

  it("never goes through floating point: 0.29 is exactly 29 pence (parseFloat gives 28.999…)", () => {
    expect(parseFloat("0.29") * 100).not.toBe(29);
    expect(parsePoundsToPence("0.29")).toBe(29);
    expect(parsePoundsToPence("1.13")).toBe(113);
  });
});

describe("the spend schema's money fields", () => {
  const LINE = "family-hubs-transformation.programme";
  it("turns typed pounds into pence and keeps pence as pence, so saved data re-parses to itself", () => {
    const once = ZGrantSpend.parse({ lines: { [LINE]: { spendPence: "£1,234.56", forecastPence: "" } } });
    expect(once).toEqual({ lines: { [LINE]: { spendPence: 123456, forecastPence: undefined } } });
    expect(ZGrantSpend.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it("explains amounts it cannot read", () => {
    const result = ZGrantSpend.safeParse({ lines: { [LINE]: { spendPence: "12.345", forecastPence: 12.5 } } });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
      "Enter the amount spent in pounds and pence, like £1,234.56",
      "The forecast spend for the rest of the year must be a whole number of pence",
    ]);
  });

  it("rejects negative amounts and lines that are not the programme's", () => {
    expect(ZGrantSpend.safeParse({ lines: { [LINE]: { spendPence: -1 } } }).success).toBe(false);
    expect(ZGrantSpend.safeParse({ lines: { "family-hubs-transformation": { spendPence: "1" } } }).success).toBe(false);
    expect(ZGrantSpend.safeParse({ lines: { "workforce-trials": { spendPence: "1" } } }).success).toBe(false);
  });
});
