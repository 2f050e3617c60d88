import { describe, expect, it } from "vitest";
import { mayBeDeputy, nominationStands } from "@/domain/deputies";

const active = (role: Parameters<typeof mayBeDeputy>[0]["role"]) => ({ role, deactivatedAt: null });
const left = (role: Parameters<typeof mayBeDeputy>[0]["role"]) => ({ role, deactivatedAt: new Date("2024-01-01") });

describe("sign-off deputies", () => {
  it("may be any active colleague who does not sign in their own right", () => {
    expect(["LA_CONTRIBUTOR", "COMMISSIONING_LEAD", "FINANCE_OFFICER"].map((r) => mayBeDeputy(active(r as never)))).toEqual([true, true, true]);
    expect(mayBeDeputy(active("ACCOUNTABLE_LEAD"))).toBe(false);
    expect(mayBeDeputy(left("LA_CONTRIBUTOR"))).toBe(false);
  });

  it("stand only while both the deputy and the accountable lead who nominated them remain", () => {
    expect(nominationStands(active("LA_CONTRIBUTOR"), active("ACCOUNTABLE_LEAD"))).toBe(true);
    expect(nominationStands(left("LA_CONTRIBUTOR"), active("ACCOUNTABLE_LEAD"))).toBe(false);
    expect(nominationStands(active("LA_CONTRIBUTOR"), left("ACCOUNTABLE_LEAD"))).toBe(false);
    expect(nominationStands(active("LA_CONTRIBUTOR"), active("COMMISSIONING_LEAD"))).toBe(false);
    expect(nominationStands(undefined, active("ACCOUNTABLE_LEAD"))).toBe(false);
    expect(nominationStands(active("LA_CONTRIBUTOR"), undefined)).toBe(false);
  });
});
