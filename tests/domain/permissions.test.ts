import { describe, expect, it } from "vitest";
import { can, coversLocalAuthority, PERMISSIONS, type Actor } from "@/domain/permissions";
import { ROLES } from "@/domain/roles";

const blackpool = { localAuthorityGss: "E06000009", region: "North West" };
const barnsley = { localAuthorityGss: "E08000016", region: "Yorkshire and the Humber" };

function actor(role: Actor["role"], extra: Partial<Actor> = {}): Actor {
  return { id: "u1", name: "Test", email: "t@example.gov.uk", role, localAuthorityGss: null, region: null, ...extra };
}

describe("can", () => {
  it("lets an LA user act on their own LA only", () => {
    const lead = actor("COMMISSIONING_LEAD", { localAuthorityGss: blackpool.localAuthorityGss });
    expect(can(lead, "plan.edit", blackpool)).toBe(true);
    expect(can(lead, "plan.edit", barnsley)).toBe(false);
    expect(can(lead, "la.view", barnsley)).toBe(false);
  });

  it("keeps sign-off with the accountable lead", () => {
    const lead = actor("COMMISSIONING_LEAD", { localAuthorityGss: blackpool.localAuthorityGss });
    const accountable = actor("ACCOUNTABLE_LEAD", { localAuthorityGss: blackpool.localAuthorityGss });
    expect(can(lead, "plan.signOff", blackpool)).toBe(false);
    expect(can(accountable, "plan.signOff", blackpool)).toBe(true);
    expect(can(accountable, "plan.signOff", barnsley)).toBe(false);
  });

  it("lets regional advisers read their region and change nothing", () => {
    const adviser = actor("REGIONAL_ADVISER", { region: "North West" });
    expect(can(adviser, "la.view", blackpool)).toBe(true);
    expect(can(adviser, "la.view", barnsley)).toBe(false);
    const writes = (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((a) => !/view|list/.test(a));
    for (const action of writes) expect(can(adviser, action, blackpool), action).toBe(false);
  });

  it("gives department users national reach but no LA editing", () => {
    const reviewer = actor("DEPARTMENT_REVIEWER");
    expect(can(reviewer, "plan.review", barnsley)).toBe(true);
    expect(can(reviewer, "plan.edit", barnsley)).toBe(false);
    expect(can(reviewer, "users.manage")).toBe(false);
    expect(can(actor("DEPARTMENT_ADMIN"), "users.manage")).toBe(true);
  });

  it("never lets an LA role without an LA reach any LA", () => {
    const orphan = actor("LA_CONTRIBUTOR");
    expect(coversLocalAuthority(orphan, blackpool)).toBe(false);
  });

  it("names only known roles", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(ROLES).toContain(role);
  });
});
