import { describe, expect, it } from "vitest";
import { seedDatabase } from "@/server/db/seed";
import { DEMO_LOCAL_AUTHORITIES, DEMO_USERS } from "@/server/db/demo-users";
import { openTestClient, useTestDatabase } from "../support/use-test-database";

const { db } = useTestDatabase();

describe("demo seed", () => {
  it("loads the 75 LAs, the demo users and a plan in every state, and is idempotent", async () => {
    const started = Date.now();
    await seedDatabase(db, { demo: true });
    console.info(`Demo seed took ${Date.now() - started} ms`);
    await seedDatabase(db, { demo: true });
    expect(await db.localAuthority.count()).toBe(75);
    expect(await db.localAuthority.count({ where: { isTrailblazer: true } })).toBe(14);
    expect(await db.user.count()).toBe(DEMO_USERS.length);

    const plans = await db.submission.findMany({ where: { kind: "PLAN" }, select: { localAuthorityGss: true, revision: true, status: true } });
    const stateOf = (gss: string) => plans.filter((p) => p.localAuthorityGss === gss).map((p) => `${p.revision}:${p.status}`).sort();
    expect(stateOf(DEMO_LOCAL_AUTHORITIES.blackpool.gssCode)).toEqual(["1:RETURNED", "2:APPROVED"]);
    expect(stateOf(DEMO_LOCAL_AUTHORITIES.barnsley.gssCode)).toEqual(["1:DRAFT"]);
    expect(stateOf(DEMO_LOCAL_AUTHORITIES.bolton.gssCode)).toEqual(["1:DRAFT"]);
    expect(stateOf(DEMO_LOCAL_AUTHORITIES.cornwall.gssCode)).toEqual(["1:AWAITING_SIGN_OFF"]);
    expect(stateOf(DEMO_LOCAL_AUTHORITIES.doncaster.gssCode)).toEqual(["1:SUBMITTED"]);
    expect(stateOf(DEMO_LOCAL_AUTHORITIES.durham.gssCode)).toEqual(["1:RETURNED", "2:DRAFT"]);
    expect(stateOf(DEMO_LOCAL_AUTHORITIES.barkingAndDagenham.gssCode)).toEqual([]);
    expect(stateOf(DEMO_LOCAL_AUTHORITIES.bradford.gssCode)).toEqual(["1:APPROVED"]);

    const returns = await db.submission.count({ where: { kind: "DELIVERY_RETURN", localAuthorityGss: DEMO_LOCAL_AUTHORITIES.blackpool.gssCode, status: "APPROVED" } });
    expect(returns).toBe(4);
    const statements = await db.submission.count({ where: { kind: "GRANT_STATEMENT", localAuthorityGss: DEMO_LOCAL_AUTHORITIES.blackpool.gssCode, status: "APPROVED" } });
    expect(statements).toBeGreaterThanOrEqual(2);
  });

  it("creates no demo accounts or records outside demo mode", async () => {
    const { db: fresh, close } = await openTestClient();
    try {
      await seedDatabase(fresh, { demo: false });
      expect(await fresh.localAuthority.count()).toBe(75);
      expect(await fresh.user.count()).toBe(0);
      expect(await fresh.submission.count()).toBe(0);
    } finally {
      await close();
    }
  });
});
