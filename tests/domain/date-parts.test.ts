import { describe, expect, it } from "vitest";
import { dateParts, zDateInput } from "@/schemas/date-parts";

const opening = zDateInput("The opening date");

describe("zDateInput", () => {
  it("turns day, month and year into an ISO date", () => {
    expect(opening.parse({ day: "1", month: "4", year: "2023" })).toBe("2023-04-01");
    expect(opening.parse("2023-04-01")).toBe("2023-04-01");
  });

  it("says which part is missing, and refuses impossible dates", () => {
    expect(opening.safeParse({ day: "1", month: "", year: "2023" }).error?.issues[0]?.message).toBe("The opening date must include a month");
    expect(opening.safeParse({ day: "31", month: "2", year: "2023" }).error?.issues[0]?.message).toBe("The opening date must be a real date");
    expect(opening.safeParse({ day: "", month: "", year: "" }).error?.issues[0]?.message).toBe("Enter the opening date");
    expect(opening.safeParse({ day: "1", month: "1", year: "3023" }).error?.issues[0]?.message).toMatch(/between 2000 and 2100/);
    expect(opening.safeParse("2023-02-30").success).toBe(false);
  });

  it("accepts an empty optional date", () => {
    expect(zDateInput("The date", { optional: true }).parse({ day: "", month: "", year: "" })).toBeUndefined();
    expect(dateParts("2023-04-01")).toEqual({ day: "1", month: "4", year: "2023" });
  });
});
