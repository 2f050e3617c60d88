import { describe, expect, it } from "vitest";
import { parsePoundsToPence } from "@/domain/money";

describe("parsePoundsToPence", () => {
  it("turns pounds into exact integer pence", () => {
    expect(parsePoundsToPence("£1,234.56")).toBe(123_456);
    expect(parsePoundsToPence("1234.5")).toBe(123_450);
    expect(parsePoundsToPence("1234")).toBe(123_400);
    expect(parsePoundsToPence(" 0.29 ")).toBe(29); // 0.29 * 100 is 28.999… in floating point
    expect(parsePoundsToPence("1,000,000")).toBe(100_000_000);
    expect(parsePoundsToPence("0")).toBe(0);
    expect(parsePoundsToPence("£100,000")).toBe(10_000_000);
  });

  it("refuses junk, misplaced commas and more than two decimal places", () => {
    for (const text of ["", "abc", "12a", "1.234", "1,23", "12,34.5", "1234.", ".5", "£", "1 234", "1e3", "££5", "--5", "0x10", "Infinity"]) {
      expect(parsePoundsToPence(text), text).toBeNull();
    }
  });

  it("refuses negative amounts unless they are allowed", () => {
    expect(parsePoundsToPence("-5")).toBeNull();
    expect(parsePoundsToPence("-£5.10", { allowNegative: true })).toBe(-510);
    expect(parsePoundsToPence("£-5", { allowNegative: true })).toBe(-500);
    expect(parsePoundsToPence("-£-5", { allowNegative: true })).toBeNull();
  });

  it("refuses amounts too large to hold exactly", () => {
    expect(parsePoundsToPence("99999999999999999")).toBeNull();
  });
});
