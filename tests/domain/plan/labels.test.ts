import { describe, expect, it } from "vitest";
import { ageRangeLabel, expectationStatusLabel, hubKindLabel, namedLeadRoleName, quarterLabel, quarterOptions } from "@/domain/plan/labels";
import { PLAN_QUARTER_IDS } from "@/schemas/plan/fields";

describe("plan labels", () => {
  it("names a quarter by its months and financial year", () => {
    expect(quarterLabel("2022-23-Q4")).toBe("January to March 2023 (quarter 4 of 2022 to 2023)");
    expect(quarterLabel("2024-25-Q1")).toBe("April to June 2024 (quarter 1 of 2024 to 2025)");
    expect(quarterLabel("not-a-quarter")).toBe("not-a-quarter");
  });

  it("offers every quarter a plan may choose, in order", () => {
    expect(quarterOptions().map((o) => o.value)).toEqual(PLAN_QUARTER_IDS);
  });

  it("names the stored ids in plain English", () => {
    expect(hubKindLabel("outreach")).toBe("Outreach or mobile service");
    expect(ageRangeLabel("0-19")).toBe("0 to 19 years");
    expect(expectationStatusLabel("at-risk")).toBe("At risk");
    expect(namedLeadRoleName("data-lead")).toBe("Data lead");
    expect(hubKindLabel(undefined)).toBe("");
  });
});
