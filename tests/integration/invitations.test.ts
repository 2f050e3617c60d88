import { describe, expect, it } from "vitest";
import { inviteUser } from "@/server/users/invite-user";
import { acceptInvitation, findUsableInvitation } from "@/server/users/accept-invitation";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { useTestDatabase } from "../support/use-test-database";
import { createLocalAuthority, createUser } from "../support/fixtures";

const { db } = useTestDatabase();

describe("invitations", () => {
  it("lets an administrator invite an LA user who then sets a password and signs in", async () => {
    const la = await createLocalAuthority(db);
    const admin = await createUser(db, "DEPARTMENT_ADMIN");
    const invite = await inviteUser({ db, actor: admin, input: { email: "new.lead@example.gov.uk", name: "New Lead", role: "COMMISSIONING_LEAD", localAuthorityGss: la.gssCode } });
    const token = invite.path.split("/").pop() ?? "";
    expect(await db.outboxEmail.count({ where: { to: "new.lead@example.gov.uk" } })).toBe(1);

    const { userId } = await acceptInvitation({ db, token, password: "a long enough password" });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ role: "COMMISSIONING_LEAD", localAuthorityGss: la.gssCode });
    expect(await verifyCredentials(db, "new.lead@example.gov.uk", "a long enough password")).toEqual({ ok: true, userId });
    expect(await db.auditEvent.count({ where: { action: { in: ["user.invited", "user.invitation-accepted"] }, localAuthorityGss: la.gssCode } })).toBe(2);
  });

  it("uses a link once", async () => {
    const admin = await createUser(db, "DEPARTMENT_ADMIN");
    const invite = await inviteUser({ db, actor: admin, input: { email: "once@example.gov.uk", name: "Once", role: "DEPARTMENT_REVIEWER" } });
    const token = invite.path.split("/").pop() ?? "";
    await acceptInvitation({ db, token, password: "a long enough password" });
    await expect(acceptInvitation({ db, token, password: "another long password" })).rejects.toThrow(/expired or has already been used/);
  });

  it("expires links after seven days", async () => {
    const admin = await createUser(db, "DEPARTMENT_ADMIN");
    const invite = await inviteUser({ db, actor: admin, input: { email: "late@example.gov.uk", name: "Late", role: "DEPARTMENT_REVIEWER" }, now: new Date("2026-01-01T09:00:00Z") });
    const token = invite.path.split("/").pop() ?? "";
    expect(await findUsableInvitation(db, token, new Date("2026-01-07T09:00:00Z"))).not.toBeNull();
    expect(await findUsableInvitation(db, token, new Date("2026-01-08T09:00:01Z"))).toBeNull();
  });

  it("refuses anyone but an administrator, and duplicate emails", async () => {
    const la = await createLocalAuthority(db);
    const lead = await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: la.gssCode });
    await expect(inviteUser({ db, actor: lead, input: { email: "x@example.gov.uk", name: "X", role: "LA_CONTRIBUTOR", localAuthorityGss: la.gssCode } })).rejects.toThrow();
    expect(await db.invitation.count({ where: { email: "x@example.gov.uk" } })).toBe(0);

    const admin = await createUser(db, "DEPARTMENT_ADMIN");
    await expect(inviteUser({ db, actor: admin, input: { email: lead.email, name: "Dup", role: "LA_CONTRIBUTOR", localAuthorityGss: la.gssCode } })).rejects.toThrow(/already has an account/);
  });
});
