import { describe, expect, it } from "vitest";
import { startSubmission } from "@/server/submissions/start-submission";
import { saveSection } from "@/server/submissions/save-section";
import { sendForSignOff } from "@/server/submissions/send-for-sign-off";
import { declineSignOff, signSubmission, snapshotOf } from "@/server/submissions/sign-submission";
import { approveSubmission, returnForChanges } from "@/server/submissions/review-submission";
import { withdrawSubmission } from "@/server/submissions/withdraw-submission";
import { loadSubmission } from "@/server/submissions/load-submission";
import { loadHistory } from "@/server/submissions/load-history";
import { EXPLANATIONS_SECTION, warningKey } from "@/domain/submissions/types";
import type { Actor } from "@/domain/permissions";
import { useTestDatabase } from "../support/use-test-database";
import { createLocalAuthority, createUser } from "../support/fixtures";
import { testKindServer as kind } from "../support/test-kind";

const { db } = useTestDatabase();

async function team() {
  const la = await createLocalAuthority(db);
  const other = await createLocalAuthority(db);
  return {
    la,
    lead: await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: la.gssCode }),
    contributor: await createUser(db, "LA_CONTRIBUTOR", { localAuthorityGss: la.gssCode }),
    accountable: await createUser(db, "ACCOUNTABLE_LEAD", { localAuthorityGss: la.gssCode }),
    otherAccountable: await createUser(db, "ACCOUNTABLE_LEAD", { localAuthorityGss: other.gssCode }),
    reviewer: await createUser(db, "DEPARTMENT_REVIEWER"),
  };
}

async function readyDraft(t: Awaited<ReturnType<typeof team>>) {
  const draft = await startSubmission({ db, actor: t.lead, kindServer: kind, localAuthorityGss: t.la.gssCode, periodKey: "plan" });
  await saveSection({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, sectionKey: "ambition", input: { ambition: "Six hubs" }, expectedVersion: 0 });
  await saveSection({ db, actor: t.contributor, kindServer: kind, submissionId: draft.id, sectionKey: "hubs", input: { count: "6" }, expectedVersion: 0 });
  return loadSubmission({ db, actor: t.lead, id: draft.id });
}

async function signed(t: Awaited<ReturnType<typeof team>>) {
  const draft = await readyDraft(t);
  await sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
  const awaiting = await loadSubmission({ db, actor: t.accountable, id: draft.id });
  await signSubmission({ db, actor: t.accountable, kindServer: kind, submissionId: draft.id, expectedVersion: awaiting.version, reviewedSha256: snapshotOf(awaiting).sha256 });
  return loadSubmission({ db, actor: t.reviewer, id: draft.id });
}

describe("saving sections", () => {
  it("saves valid input, refuses invalid input with field messages, and refuses a stale version", async () => {
    const t = await team();
    const draft = await startSubmission({ db, actor: t.lead, kindServer: kind, localAuthorityGss: t.la.gssCode, periodKey: "plan" });
    expect(await saveSection({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, sectionKey: "hubs", input: { count: "minus" }, expectedVersion: 0 })).toEqual({
      status: "invalid",
      fieldErrors: { count: "Enter a number" },
    });
    const first = await saveSection({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, sectionKey: "hubs", input: { count: "3" }, expectedVersion: 0 });
    expect(first).toMatchObject({ status: "saved", version: 1, data: { count: 3 } });

    // Two people opened version 1; the first save wins, the second is told and nothing is overwritten.
    expect(await saveSection({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, sectionKey: "hubs", input: { count: "4" }, expectedVersion: 1 })).toMatchObject({ status: "saved", version: 2 });
    expect(await saveSection({ db, actor: t.contributor, kindServer: kind, submissionId: draft.id, sectionKey: "hubs", input: { count: "9" }, expectedVersion: 1 })).toMatchObject({ status: "conflict" });
    const stored = await loadSubmission({ db, actor: t.lead, id: draft.id });
    expect(stored.sections.find((s) => s.key === "hubs")?.data).toEqual({ count: 4 });
    expect(await db.auditEvent.count({ where: { subjectId: draft.id, action: "section.saved" } })).toBe(2);
  });

  it("gives the same draft to two people starting at once", async () => {
    const t = await team();
    const [a, b] = await Promise.all([
      startSubmission({ db, actor: t.lead, kindServer: kind, localAuthorityGss: t.la.gssCode, periodKey: "plan" }),
      startSubmission({ db, actor: t.contributor, kindServer: kind, localAuthorityGss: t.la.gssCode, periodKey: "plan" }),
    ]);
    expect(a.id).toBe(b.id);
  });

  it("never lets another LA, a reviewer or an accountable lead edit", async () => {
    const t = await team();
    const draft = await startSubmission({ db, actor: t.lead, kindServer: kind, localAuthorityGss: t.la.gssCode, periodKey: "plan" });
    for (const actor of [t.otherAccountable, t.reviewer, t.accountable]) {
      await expect(saveSection({ db, actor, kindServer: kind, submissionId: draft.id, sectionKey: "hubs", input: { count: "1" }, expectedVersion: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(startSubmission({ db, actor: t.otherAccountable, kindServer: kind, localAuthorityGss: t.la.gssCode, periodKey: "plan" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.submissionSection.count({ where: { submissionId: draft.id } })).toBe(0);
  });
});

describe("sending for sign-off", () => {
  it("is refused while errors remain, then while a warning is unexplained", async () => {
    const t = await team();
    const draft = await startSubmission({ db, actor: t.lead, kindServer: kind, localAuthorityGss: t.la.gssCode, periodKey: "plan" });
    await expect(sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version })).rejects.toMatchObject({ code: "INVALID_INPUT" });

    await saveSection({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, sectionKey: "ambition", input: { ambition: "One hub" }, expectedVersion: 0 });
    await saveSection({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, sectionKey: "hubs", input: { count: "1" }, expectedVersion: 0 });
    await expect(sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version })).rejects.toThrow(/Explain each warning/);

    const key = warningKey({ sectionKey: "hubs", path: "count", code: "few-hubs" });
    await saveSection({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, sectionKey: EXPLANATIONS_SECTION, input: { [key]: "We are a small unitary authority." }, expectedVersion: 0 });
    await sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
    expect((await loadSubmission({ db, actor: t.lead, id: draft.id })).status).toBe("AWAITING_SIGN_OFF");
    expect(await db.notification.count({ where: { userId: t.accountable.id } })).toBe(1);
  });

  it("is for the commissioning lead only", async () => {
    const t = await team();
    const draft = await readyDraft(t);
    await expect(sendForSignOff({ db, actor: t.contributor, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("signing off", () => {
  it("freezes the exact content with its SHA-256 and blocks further edits", async () => {
    const t = await team();
    const submission = await signed(t);
    expect(submission.status).toBe("SUBMITTED");
    const signOff = await db.signOff.findFirstOrThrow({ where: { submissionId: submission.id } });
    expect(signOff).toMatchObject({ decision: "SIGNED", signerId: t.accountable.id, onBehalfOfId: null });
    expect(signOff.snapshotSha256).toBe(snapshotOf(submission).sha256);
    await expect(saveSection({ db, actor: t.lead, kindServer: kind, submissionId: submission.id, sectionKey: "hubs", input: { count: "7" }, expectedVersion: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses the lead, another LA's accountable lead and a stale snapshot", async () => {
    const t = await team();
    const draft = await readyDraft(t);
    await sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
    const awaiting = await loadSubmission({ db, actor: t.lead, id: draft.id });
    const sha = snapshotOf(awaiting).sha256;
    await expect(signSubmission({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: awaiting.version, reviewedSha256: sha })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(signSubmission({ db, actor: t.otherAccountable, kindServer: kind, submissionId: draft.id, expectedVersion: awaiting.version, reviewedSha256: sha })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(signSubmission({ db, actor: t.accountable, kindServer: kind, submissionId: draft.id, expectedVersion: awaiting.version, reviewedSha256: "0".repeat(64) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await loadSubmission({ db, actor: t.lead, id: draft.id })).status).toBe("AWAITING_SIGN_OFF");
  });

  it("lets a nominated deputy sign on the accountable lead's behalf", async () => {
    const t = await team();
    await db.signOffDeputy.create({ data: { localAuthorityGss: t.la.gssCode, deputyId: t.contributor.id, nominatedById: t.accountable.id } });
    const draft = await readyDraft(t);
    await sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
    const awaiting = await loadSubmission({ db, actor: t.contributor, id: draft.id });
    await signSubmission({ db, actor: t.contributor, kindServer: kind, submissionId: draft.id, expectedVersion: awaiting.version, reviewedSha256: snapshotOf(awaiting).sha256 });
    expect(await db.signOff.findFirstOrThrow({ where: { submissionId: draft.id } })).toMatchObject({ signerId: t.contributor.id, onBehalfOfId: t.accountable.id });
  });

  it("does not let a deputy sign what they sent, nor anyone sign for a lead who has left", async () => {
    const t = await team();
    await db.signOffDeputy.createMany({
      data: [t.lead, t.contributor].map((deputy) => ({ localAuthorityGss: t.la.gssCode, deputyId: deputy.id, nominatedById: t.accountable.id })),
    });
    const draft = await readyDraft(t);
    await sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
    // Asked to sign: the accountable lead and the other deputy, not the lead who sent it.
    const asked = await db.notification.findMany({ where: { message: { contains: "for your sign-off" }, user: { localAuthorityGss: t.la.gssCode } }, select: { userId: true } });
    expect(asked.map((n) => n.userId).sort()).toEqual([t.accountable.id, t.contributor.id].sort());

    const awaiting = await loadSubmission({ db, actor: t.lead, id: draft.id });
    const sign = (actor: Actor) => signSubmission({ db, actor, kindServer: kind, submissionId: draft.id, expectedVersion: awaiting.version, reviewedSha256: snapshotOf(awaiting).sha256 });
    await expect(sign(t.lead)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.user.update({ where: { id: t.accountable.id }, data: { deactivatedAt: new Date() } });
    await expect(sign(t.contributor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.signOff.count({ where: { submissionId: draft.id } })).toBe(0);
    expect((await loadSubmission({ db, actor: t.lead, id: draft.id })).status).toBe("AWAITING_SIGN_OFF");
  });

  it("declining sends it back to draft with the reason; withdrawing does too", async () => {
    const t = await team();
    const draft = await readyDraft(t);
    await sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
    let current = await loadSubmission({ db, actor: t.lead, id: draft.id });
    await declineSignOff({ db, actor: t.accountable, kindServer: kind, submissionId: draft.id, expectedVersion: current.version, reason: "Add the north hub" });
    current = await loadSubmission({ db, actor: t.lead, id: draft.id });
    expect(current.status).toBe("DRAFT");
    expect(await db.signOff.findFirstOrThrow({ where: { submissionId: draft.id } })).toMatchObject({ decision: "DECLINED", reason: "Add the north hub" });

    await sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: current.version });
    current = await loadSubmission({ db, actor: t.lead, id: draft.id });
    await withdrawSubmission({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: current.version });
    expect((await loadSubmission({ db, actor: t.lead, id: draft.id })).status).toBe("DRAFT");
  });
});

describe("review", () => {
  it("returning opens a new draft revision with the same content and tells everyone at the LA", async () => {
    const t = await team();
    const submission = await signed(t);
    await expect(returnForChanges({ db, actor: t.reviewer, kindServer: kind, submissionId: submission.id, expectedVersion: submission.version, comments: [] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const { newRevisionId } = await returnForChanges({
      db,
      actor: t.reviewer,
      kindServer: kind,
      submissionId: submission.id,
      expectedVersion: submission.version,
      comments: [{ sectionKey: "hubs", reason: "Say where the hubs are" }],
    });
    const next = await loadSubmission({ db, actor: t.lead, id: newRevisionId });
    expect(next).toMatchObject({ revision: 2, status: "DRAFT" });
    expect(next.sections.map((s) => [s.key, s.data]).sort()).toEqual(submission.sections.map((s) => [s.key, s.data]).sort());
    expect((await loadSubmission({ db, actor: t.lead, id: submission.id })).status).toBe("RETURNED");
    for (const user of [t.lead, t.contributor, t.accountable]) {
      expect(await db.notification.count({ where: { userId: user.id, message: { contains: "returned" } } })).toBe(1);
    }
    const history = await loadHistory({ db, actor: t.lead, kind: "PLAN", localAuthorityGss: t.la.gssCode, periodKey: "plan" });
    expect(history.revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(history.revisions[1]?.reviews[0]?.comments).toEqual([{ sectionKey: "hubs", reason: "Say where the hubs are" }]);
  });

  it("approves once; a second reviewer acting on the same version is told it changed", async () => {
    const t = await team();
    const submission = await signed(t);
    await approveSubmission({ db, actor: t.reviewer, kindServer: kind, submissionId: submission.id, expectedVersion: submission.version });
    await expect(approveSubmission({ db, actor: t.reviewer, kindServer: kind, submissionId: submission.id, expectedVersion: submission.version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await loadSubmission({ db, actor: t.lead, id: submission.id })).status).toBe("APPROVED");
    expect(await db.auditEvent.count({ where: { subjectId: submission.id, action: { startsWith: "submission." } } })).toBe(3);
  });

  it("is for department reviewers only", async () => {
    const t = await team();
    const submission = await signed(t);
    await expect(approveSubmission({ db, actor: t.accountable, kindServer: kind, submissionId: submission.id, expectedVersion: submission.version })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
