import { beforeAll, describe, expect, it } from "vitest";
import { addDays, londonDate } from "@/catalogue/calendar";
import { demoSignUpDocument } from "@/domain/sign-up/demo";
import type { Actor } from "@/domain/permissions";
import { programmeNow } from "@/server/clock";
import { extendDeadline } from "@/server/deadlines/extend-deadline";
import { AppError } from "@/server/errors";
import { receiveTrailblazerApplications } from "@/server/selection/receive-applications";
import { SIGN_UP_PERIOD, signUpKindServer as kind } from "@/server/sign-up/sign-up-kind";
import { loadSubmission } from "@/server/submissions/load-submission";
import { saveSection } from "@/server/submissions/save-section";
import { sendForSignOff } from "@/server/submissions/send-for-sign-off";
import { signSubmission, snapshotOf } from "@/server/submissions/sign-submission";
import { startSubmission } from "@/server/submissions/start-submission";
import { createLocalAuthority, createUser } from "../support/fixtures";
import { useTestDatabase } from "../support/use-test-database";

// The sign-up through the real engine and database. The programme clock (real time, or the demo date in
// January 2024) is after the 2022 deadline, so every send is late unless an administrator extended it.

const { db } = useTestDatabase();
let admin: Actor;

beforeAll(async () => {
  admin = await createUser(db, "DEPARTMENT_ADMIN");
});

const today = () => londonDate(programmeNow());

async function team() {
  const la = await createLocalAuthority(db);
  return {
    la,
    lead: await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: la.gssCode }),
    accountable: await createUser(db, "ACCOUNTABLE_LEAD", { localAuthorityGss: la.gssCode }),
  };
}

async function completedDraft(t: Awaited<ReturnType<typeof team>>, options: Parameters<typeof demoSignUpDocument>[0] = {}) {
  const draft = await startSubmission({ db, actor: t.lead, kindServer: kind, localAuthorityGss: t.la.gssCode, periodKey: SIGN_UP_PERIOD });
  for (const [sectionKey, input] of Object.entries(demoSignUpDocument(options))) {
    const saved = await saveSection({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, sectionKey, input, expectedVersion: 0 });
    expect(saved.status, sectionKey).toBe("saved");
  }
  return loadSubmission({ db, actor: t.lead, id: draft.id });
}

async function extend(gssCode: string, dueDate: string) {
  await extendDeadline({ db, actor: admin, input: { localAuthorityGss: gssCode, kind: "SIGN_UP", periodKey: SIGN_UP_PERIOD, dueDate, reason: "Council elections delayed the cabinet meeting" } });
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function codesOf(error: AppError): string[] {
  return (error.details as { code: string }[]).map((d) => d.code);
}

describe("the sign-up deadline", () => {
  it("refuses to send a complete sign-up for sign-off after the deadline, and nothing changes", async () => {
    const t = await team();
    const draft = await completedDraft(t);
    const error = await refusal(sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(codesOf(error)).toEqual(["sign-up-deadline-passed"]);
    expect(error.details).toEqual([expect.objectContaining({ message: expect.stringMatching(/The sign-up deadline was 31 October 2022\. Ask the programme team to extend/) })]);
    expect((await loadSubmission({ db, actor: t.lead, id: draft.id })).status).toBe("DRAFT");
  });

  it("accepts it once an administrator extends the LA's deadline, and records the extension in the audit log", async () => {
    const t = await team();
    const draft = await completedDraft(t);
    await extend(t.la.gssCode, addDays(today(), 14));
    await sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
    const awaiting = await loadSubmission({ db, actor: t.accountable, id: draft.id });
    await signSubmission({ db, actor: t.accountable, kindServer: kind, submissionId: draft.id, expectedVersion: awaiting.version, reviewedSha256: snapshotOf(awaiting).sha256 });
    expect((await loadSubmission({ db, actor: t.lead, id: draft.id })).status).toBe("SUBMITTED");
    const audit = await db.auditEvent.findFirst({ where: { action: "deadline.extended", localAuthorityGss: t.la.gssCode } });
    expect(audit?.data).toMatchObject({ kind: "SIGN_UP", periodKey: SIGN_UP_PERIOD, before: null, after: { reason: "Council elections delayed the cabinet meeting" } });
  });

  it("counts the signing moment: a sign-up sent in time is refused at signing once the extended deadline has passed", async () => {
    const t = await team();
    const draft = await completedDraft(t);
    await extend(t.la.gssCode, today());
    await sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
    await extend(t.la.gssCode, addDays(today(), -1)); // the extension is shortened before the lead signs
    const awaiting = await loadSubmission({ db, actor: t.accountable, id: draft.id });
    const error = await refusal(signSubmission({ db, actor: t.accountable, kindServer: kind, submissionId: draft.id, expectedVersion: awaiting.version, reviewedSha256: snapshotOf(awaiting).sha256 }));
    expect(codesOf(error)).toContain("sign-up-deadline-passed");
    expect((await loadSubmission({ db, actor: t.lead, id: draft.id })).status).toBe("AWAITING_SIGN_OFF");
    expect(await db.signOff.count({ where: { submissionId: draft.id } })).toBe(0);
  });

  it("only lets administrators extend a deadline; another LA's user gets not found and nothing is stored", async () => {
    const t = await team();
    const error = await refusal(
      extendDeadline({ db, actor: t.lead, input: { localAuthorityGss: t.la.gssCode, kind: "SIGN_UP", periodKey: SIGN_UP_PERIOD, dueDate: "2030-01-01", reason: "Self-granted" } }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await db.deadlineExtension.count({ where: { localAuthorityGss: t.la.gssCode } })).toBe(0);
  });
});

describe("a late trailblazer application", () => {
  it("is refused without an extension: applications closed on 30 September 2022", async () => {
    const t = await team();
    const draft = await completedDraft(t, { trailblazerStrands: ["parenting"] });
    const error = await refusal(sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version }));
    expect(codesOf(error)).toEqual(["sign-up-deadline-passed", "trailblazer-applications-closed"]);
  });

  it("joins wave 2 when the LA's sign-up deadline was extended, exactly as signed", async () => {
    const t = await team();
    const draft = await completedDraft(t, { trailblazerStrands: ["parenting", "infant-feeding"] });
    await extend(t.la.gssCode, addDays(today(), 7));
    await sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
    const awaiting = await loadSubmission({ db, actor: t.accountable, id: draft.id });
    const signed = snapshotOf(awaiting);
    await signSubmission({ db, actor: t.accountable, kindServer: kind, submissionId: draft.id, expectedVersion: awaiting.version, reviewedSha256: signed.sha256 });

    expect(await receiveTrailblazerApplications(db)).toBeGreaterThanOrEqual(1);
    expect(await receiveTrailblazerApplications(db)).toBe(0); // idempotent
    const application = await db.trailblazerApplication.findUniqueOrThrow({ where: { localAuthorityGss: t.la.gssCode } });
    expect(application).toMatchObject({ wave: 2, strands: ["infant-feeding", "parenting"], snapshotSha256: signed.sha256, revision: 1 });
    expect(application.application).toEqual(demoSignUpDocument({ trailblazerStrands: ["parenting", "infant-feeding"] })["trailblazer-application"]);
    expect(await db.auditEvent.count({ where: { action: "trailblazer-application.received", localAuthorityGss: t.la.gssCode } })).toBe(1);
  });
});

describe("access", () => {
  it("gives another LA's lead not found on save and send, and changes nothing (attack: editing a guessed submission id)", async () => {
    const t = await team();
    const other = await team();
    const draft = await completedDraft(t);
    const before = await loadSubmission({ db, actor: t.lead, id: draft.id });
    const save = await refusal(saveSection({ db, actor: other.lead, kindServer: kind, submissionId: draft.id, sectionKey: "research", input: { interested: "no" }, expectedVersion: 1 }));
    expect(save.code).toBe("NOT_FOUND");
    const send = await refusal(sendForSignOff({ db, actor: other.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version }));
    expect(send.code).toBe("NOT_FOUND");
    const start = await refusal(startSubmission({ db, actor: other.lead, kindServer: kind, localAuthorityGss: t.la.gssCode, periodKey: SIGN_UP_PERIOD }));
    expect(start.code).toBe("NOT_FOUND");
    const after = await loadSubmission({ db, actor: t.lead, id: draft.id });
    expect(after.version).toBe(before.version);
    expect(after.sections.map((s) => [s.key, s.version])).toEqual(before.sections.map((s) => [s.key, s.version]));
  });
});
