import { describe, expect, it } from "vitest";
import { londonDate } from "@/catalogue/calendar";
import { checkSignUp } from "@/domain/sign-up/definition";
import { DEMO_LOCAL_AUTHORITIES } from "@/server/db/demo-users";
import { seedSignUps } from "@/server/sign-up/seed-sign-ups";
import { createUser } from "../support/fixtures";
import { useTestDatabase } from "../support/use-test-database";

const { db } = useTestDatabase();

describe("seedSignUps", () => {
  it("signs up Blackpool (selected trailblazer) and Barking and Dagenham, leaves Barnsley to sign up, and is idempotent", async () => {
    const { blackpool, barnsley, barkingAndDagenham } = DEMO_LOCAL_AUTHORITIES;
    await db.localAuthority.createMany({
      data: [
        { gssCode: blackpool.gssCode, name: "Blackpool", region: "North West" },
        { gssCode: barnsley.gssCode, name: "Barnsley", region: "Yorkshire and The Humber" },
        { gssCode: barkingAndDagenham.gssCode, name: "Barking and Dagenham", region: "London" },
      ],
    });
    await createUser(db, "DEPARTMENT_REVIEWER");
    const first = await seedSignUps(db);
    expect(first.signUps).toBe(2);
    expect(first.allocations).toBeGreaterThan(0);
    expect(await seedSignUps(db)).toEqual({ signUps: 0, allocations: 0 });

    const signUps = await db.submission.findMany({ where: { kind: "SIGN_UP" }, select: { localAuthorityGss: true, status: true, submittedAt: true, sections: { select: { key: true, data: true } } } });
    expect(signUps.map((s) => [s.localAuthorityGss, s.status]).sort()).toEqual([
      [blackpool.gssCode, "APPROVED"],
      [barkingAndDagenham.gssCode, "SUBMITTED"],
    ].sort());
    for (const s of signUps) {
      const document = Object.fromEntries(s.sections.map((x) => [x.key, x.data]));
      expect(checkSignUp(document, { today: londonDate(s.submittedAt ?? new Date()), deadline: "2022-10-31" }).errors).toEqual([]);
    }
    expect(await db.trailblazerApplication.findUnique({ where: { localAuthorityGss: blackpool.gssCode }, select: { wave: true } })).toEqual({ wave: 1 });
    const topUps = await db.allocation.findMany({ where: { localAuthorityGss: blackpool.gssCode, source: "TRAILBLAZER_TOP_UP" }, select: { amountPence: true } });
    expect(topUps.map((t) => t.amountPence).sort((a, b) => a - b)).toEqual([3_300_000, 5_000_000, 10_000_000]);
    expect(await db.allocation.findMany({ where: { localAuthorityGss: barnsley.gssCode, source: "INDICATIVE" }, distinct: ["financialYear"], select: { financialYear: true }, orderBy: { financialYear: "asc" } })).toEqual([
      { financialYear: "2022-23" },
      { financialYear: "2023-24" },
      { financialYear: "2024-25" },
    ]);
    expect(await db.submission.count({ where: { localAuthorityGss: barnsley.gssCode } })).toBe(0);
    expect((await db.localAuthority.findUniqueOrThrow({ where: { gssCode: barkingAndDagenham.gssCode } })).hasEifSupport).toBe(true);
  });
});
