import { describe, expect, it } from "vitest";
import { verifyCredentials, MAX_FAILED_SIGN_INS } from "@/server/auth/verify-credentials";
import { useTestDatabase } from "../support/use-test-database";
import { createLocalAuthority, createUser } from "../support/fixtures";

const { db } = useTestDatabase();

describe("verifyCredentials", () => {
  it("signs in with the right password and records it", async () => {
    const la = await createLocalAuthority(db);
    const user = await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: la.gssCode, password: "correct horse battery" });
    const outcome = await verifyCredentials(db, user.email.toUpperCase(), "correct horse battery");
    expect(outcome).toEqual({ ok: true, userId: user.id });
    const events = await db.auditEvent.findMany({ where: { subjectId: user.id, action: "user.signed-in" } });
    expect(events).toHaveLength(1);
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const user = await createUser(db, "DEPARTMENT_REVIEWER", { password: "correct horse battery" });
    expect(await verifyCredentials(db, user.email, "wrong")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(db, "nobody@example.gov.uk", "wrong")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the account for 30 minutes after five failures, even for the right password", async () => {
    const user = await createUser(db, "DEPARTMENT_REVIEWER", { password: "correct horse battery" });
    const now = new Date("2026-01-10T10:00:00Z");
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      expect(await verifyCredentials(db, user.email, "wrong", now)).toMatchObject({ ok: false, reason: "invalid" });
    }
    const fifth = await verifyCredentials(db, user.email, "wrong", now);
    expect(fifth).toMatchObject({ ok: false, reason: "locked" });
    expect(await verifyCredentials(db, user.email, "correct horse battery", new Date("2026-01-10T10:29:00Z"))).toMatchObject({ reason: "locked" });
    expect(await verifyCredentials(db, user.email, "correct horse battery", new Date("2026-01-10T10:31:00Z"))).toEqual({ ok: true, userId: user.id });
    expect(await db.auditEvent.count({ where: { subjectId: user.id, action: "user.locked" } })).toBe(1);
  });

  it("refuses a deactivated account", async () => {
    const user = await createUser(db, "DEPARTMENT_ADMIN", { password: "correct horse battery" });
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await verifyCredentials(db, user.email, "correct horse battery")).toEqual({ ok: false, reason: "invalid" });
  });
});
