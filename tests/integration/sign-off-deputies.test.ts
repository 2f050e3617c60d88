import { describe, expect, it } from "vitest";
import type { Actor } from "@/domain/permissions";
import { loadDeputies, nominateDeputy, removeDeputy } from "@/server/deputies/manage-deputies";
import { deputyNominator } from "@/server/submissions/sign-off-deputies";
import { HOSTILE_STRINGS } from "../../hardening/hostile/corpus";
import { createLocalAuthority, createUser } from "../support/fixtures";
import { useTestDatabase } from "../support/use-test-database";

// The accountable lead's deputies (issue 4): who may nominate and remove them, the audit and notices each
// change leaves, and the refusals that leave the database as it was.

const { db } = useTestDatabase();

async function team() {
  const la = await createLocalAuthority(db);
  const inLa = { localAuthorityGss: la.gssCode };
  return {
    la,
    accountable: await createUser(db, "ACCOUNTABLE_LEAD", inLa),
    lead: await createUser(db, "COMMISSIONING_LEAD", inLa),
    contributor: await createUser(db, "LA_CONTRIBUTOR", inLa),
    finance: await createUser(db, "FINANCE_OFFICER", inLa),
  };
}

const nominations = (gss: string) => db.signOffDeputy.findMany({ where: { localAuthorityGss: gss }, orderBy: { createdAt: "asc" } });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "unexpected";
  }
  return "allowed";
}

describe("sign-off deputies", () => {
  it("lets the accountable lead nominate a colleague, who may then sign for them, and remove them again", async () => {
    const t = await team();
    const before = await loadDeputies({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode });
    expect(before.deputies).toEqual([]);
    expect(before.candidates.map((c) => c.id).sort()).toEqual([t.lead.id, t.contributor.id, t.finance.id].sort());

    const { nominationId } = await nominateDeputy({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode, deputyId: t.lead.id });
    expect(await deputyNominator(db, t.la.gssCode, t.lead.id)).toBe(t.accountable.id);
    const after = await loadDeputies({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode });
    expect(after.deputies).toEqual([expect.objectContaining({ nominationId, id: t.lead.id, name: t.lead.name, roleLabel: "Commissioning lead", nominatedBy: t.accountable.name, canSign: true })]);
    expect(after.candidates.map((c) => c.id)).not.toContain(t.lead.id);
    expect(await db.notification.count({ where: { userId: t.lead.id, message: { contains: "on their behalf" } } })).toBe(1);

    await removeDeputy({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode, nominationId });
    expect(await deputyNominator(db, t.la.gssCode, t.lead.id)).toBeNull();
    expect(await refusal(removeDeputy({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode, nominationId }))).toBe("CONFLICT");

    const audit = await db.auditEvent.findMany({ where: { subjectId: nominationId }, orderBy: { occurredAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId, a.localAuthorityGss])).toEqual([
      ["sign-off-deputy.nominated", t.accountable.id, t.la.gssCode],
      ["sign-off-deputy.removed", t.accountable.id, t.la.gssCode],
    ]);
  });

  it("refuses a second nomination of the same person as a conflict", async () => {
    const t = await team();
    await nominateDeputy({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode, deputyId: t.contributor.id });
    const again = nominateDeputy({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode, deputyId: t.contributor.id });
    await expect(again).rejects.toMatchObject({ code: "CONFLICT", message: `${t.contributor.name} can already sign on your behalf.` });
    expect(await nominations(t.la.gssCode)).toHaveLength(1);
  });

  it("answers not found to anyone but the LA's own accountable lead, and to people of another LA, changing nothing", async () => {
    const t = await team();
    const other = await team();
    const { nominationId } = await nominateDeputy({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode, deputyId: t.finance.id });
    const reviewer = await createUser(db, "DEPARTMENT_REVIEWER");
    const admin = await createUser(db, "DEPARTMENT_ADMIN");
    const outsiders: Actor[] = [t.lead, t.contributor, t.finance, other.accountable, reviewer, admin];
    const auditBefore = await db.auditEvent.count();

    for (const actor of outsiders) {
      expect(await refusal(loadDeputies({ db, actor, localAuthorityGss: t.la.gssCode })), actor.role).toBe("NOT_FOUND");
      expect(await refusal(nominateDeputy({ db, actor, localAuthorityGss: t.la.gssCode, deputyId: t.lead.id })), actor.role).toBe("NOT_FOUND");
      expect(await refusal(removeDeputy({ db, actor, localAuthorityGss: t.la.gssCode, nominationId })), actor.role).toBe("NOT_FOUND");
    }
    // Another LA's accountable lead, naming this LA's person or nomination through their own LA.
    expect(await refusal(nominateDeputy({ db, actor: other.accountable, localAuthorityGss: other.la.gssCode, deputyId: t.lead.id }))).toBe("NOT_FOUND");
    expect(await refusal(removeDeputy({ db, actor: other.accountable, localAuthorityGss: other.la.gssCode, nominationId }))).toBe("NOT_FOUND");
    // An accountable lead cannot be a deputy, and neither can someone who has left.
    const secondAccountable = await createUser(db, "ACCOUNTABLE_LEAD", { localAuthorityGss: t.la.gssCode });
    await db.user.update({ where: { id: t.contributor.id }, data: { deactivatedAt: new Date() } });
    for (const deputyId of [secondAccountable.id, t.contributor.id, t.accountable.id]) {
      expect(await refusal(nominateDeputy({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode, deputyId }))).toBe("NOT_FOUND");
    }

    // A deputy who leaves stays listed, so the lead sees it, but can no longer sign.
    await db.user.update({ where: { id: t.finance.id }, data: { deactivatedAt: new Date() } });
    expect((await loadDeputies({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode })).deputies).toEqual([expect.objectContaining({ id: t.finance.id, canSign: false })]);

    expect((await nominations(t.la.gssCode)).map((n) => [n.id, n.deputyId, n.revokedAt])).toEqual([[nominationId, t.finance.id, null]]);
    expect(await nominations(other.la.gssCode)).toEqual([]);
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("answers not found to every hostile id or LA code, never a database error", async () => {
    const t = await team();
    const values = HOSTILE_STRINGS.filter((h) => h.value.length < 100_000).map((h) => h.value);
    for (const value of values) {
      expect(await refusal(nominateDeputy({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode, deputyId: value })), JSON.stringify(value.slice(0, 40))).toBe("NOT_FOUND");
      expect(await refusal(removeDeputy({ db, actor: t.accountable, localAuthorityGss: t.la.gssCode, nominationId: value }))).toBe("NOT_FOUND");
      expect(await refusal(nominateDeputy({ db, actor: t.accountable, localAuthorityGss: value, deputyId: t.lead.id }))).toBe("NOT_FOUND");
    }
    expect(values.length).toBeGreaterThan(100);
    expect(await nominations(t.la.gssCode)).toEqual([]);
  });
});
