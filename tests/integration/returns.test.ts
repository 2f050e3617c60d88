import { describe, expect, it } from "vitest";
import { fullPlanDocument } from "@/domain/plan/demo-plans";
import { planMilestones } from "@/domain/plan/plan-milestones";
import { buildDemoReturn } from "@/domain/return/demo-returns";
import { isLate } from "@/domain/return/periods";
import type { Actor } from "@/domain/permissions";
import type { SubmissionDocument } from "@/domain/submissions/types";
import { fieldName } from "@/schemas/form-data";
import { planKindServer, PLAN_PERIOD_KEY } from "@/server/plans/plan-kind";
import { firstSubmissionTime } from "@/server/returns/load-return-page";
import { loadToDoList } from "@/server/returns/load-to-do-list";
import { returnKindServer } from "@/server/returns/return-kind";
import { returnStanding } from "@/server/returns/return-periods";
import { saveReturnSection, sendReturnForSignOff, signReturn } from "@/server/returns/return-workflow";
import { mergeFor, sectionInput } from "@/server/returns/section-input";
import { startReturn } from "@/server/returns/start-return";
import { checkSubmission } from "@/server/submissions/check-submission";
import { documentOf, loadSubmission } from "@/server/submissions/load-submission";
import { approveSubmission, returnForChanges } from "@/server/submissions/review-submission";
import { sendForSignOff } from "@/server/submissions/send-for-sign-off";
import { signSubmission, snapshotOf } from "@/server/submissions/sign-submission";
import { startSubmission } from "@/server/submissions/start-submission";
import { createLocalAuthority, createUser } from "../support/fixtures";
import { useTestDatabase } from "../support/use-test-database";

const { db } = useTestDatabase();

/** Noon in London (GMT in winter, BST in summer: both are before midnight). */
const at = (iso: string, time = "12:00:00Z") => new Date(`${iso}T${time}`);

const Q3 = "2023-24-Q3"; // opens 2023-10-01, due 2023-10-31, locks 2023-11-14
const Q4 = "2023-24-Q4"; // opens 2024-01-01, due 2024-01-31, locks 2024-02-14; carries the annual questions

type Team = Awaited<ReturnType<typeof team>>;

async function team() {
  const la = await createLocalAuthority(db);
  const other = await createLocalAuthority(db);
  return {
    la,
    lead: await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: la.gssCode }),
    contributor: await createUser(db, "LA_CONTRIBUTOR", { localAuthorityGss: la.gssCode }),
    accountable: await createUser(db, "ACCOUNTABLE_LEAD", { localAuthorityGss: la.gssCode }),
    reviewer: await createUser(db, "DEPARTMENT_REVIEWER"),
    otherLead: await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: other.gssCode }),
    otherAccountable: await createUser(db, "ACCOUNTABLE_LEAD", { localAuthorityGss: other.gssCode }),
  };
}

/** The plan goes through the same engine as the pages: sent, signed and approved on `approvedOn`. */
async function approvePlan(t: Team, approvedOn = "2023-01-16") {
  const plan = await startSubmission({ db, actor: t.lead, kindServer: planKindServer, localAuthorityGss: t.la.gssCode, periodKey: PLAN_PERIOD_KEY, initialDocument: fullPlanDocument({ name: t.la.name, isTrailblazer: false }) });
  await sendForSignOff({ db, actor: t.lead, kindServer: planKindServer, submissionId: plan.id, expectedVersion: plan.version, now: at("2023-01-05") });
  const awaiting = await loadSubmission({ db, actor: t.accountable, id: plan.id });
  await signSubmission({ db, actor: t.accountable, kindServer: planKindServer, submissionId: plan.id, expectedVersion: awaiting.version, reviewedSha256: snapshotOf(awaiting).sha256, now: at("2023-01-06") });
  const signed = await loadSubmission({ db, actor: t.reviewer, id: plan.id });
  await approveSubmission({ db, actor: t.reviewer, kindServer: planKindServer, submissionId: plan.id, expectedVersion: signed.version, now: at(approvedOn) });
  return planMilestones(documentOf(signed));
}

/** Saves every section of `document` as the page forms would (through the return's own save). */
async function fill(actor: Actor, submissionId: string, document: SubmissionDocument, now: Date) {
  const current = await loadSubmission({ db, actor, id: submissionId });
  for (const [key, data] of Object.entries(document)) {
    const version = current.sections.find((s) => s.key === key)?.version ?? 0;
    const saved = await saveReturnSection({ db, actor, submissionId, sectionKey: key, input: data, expectedVersion: version, now });
    expect(saved, `saving ${key}`).toMatchObject({ status: "saved" });
  }
}

async function submit(t: Team, submissionId: string, { sentAt, signedAt }: { sentAt: Date; signedAt: Date }) {
  const draft = await loadSubmission({ db, actor: t.lead, id: submissionId });
  await sendReturnForSignOff({ db, actor: t.lead, submissionId, expectedVersion: draft.version, now: sentAt });
  const awaiting = await loadSubmission({ db, actor: t.accountable, id: submissionId });
  await signReturn({ db, actor: t.accountable, submissionId, expectedVersion: awaiting.version, reviewedSha256: snapshotOf(awaiting).sha256, now: signedAt });
  return loadSubmission({ db, actor: t.lead, id: submissionId });
}

/** A team with an approved plan and a submitted January-to-October return (Q3) with a closed risk. */
async function withPreviousReturn() {
  const t = await team();
  const milestones = await approvePlan(t);
  const previous = buildDemoReturn({ periodId: Q3, planMilestones: milestones }) as Record<string, any>;
  previous.risks.risks.push({ id: "risk-closed", title: "Old risk", likelihood: 1, impact: 1, status: "closed", closedReason: "No longer applies" });
  const q3 = await startReturn({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: Q3, now: at("2023-10-10") });
  await fill(t.lead, q3.id, previous, at("2023-10-10"));
  await submit(t, q3.id, { sentAt: at("2023-10-20"), signedAt: at("2023-10-21") });
  return { t, milestones, previous };
}

describe("starting a return", () => {
  it("is refused until the plan is approved, and outside the window", async () => {
    const t = await team();
    await expect(startReturn({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-01-20") })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/until the programme team has approved your delivery plan/),
    });
    await approvePlan(t);
    await expect(startReturn({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: "2024-25-Q1", now: at("2024-01-20") })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/opens on 1 April 2024/) });
    await expect(startReturn({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-02-15") })).rejects.toMatchObject({ code: "DEADLINE_PASSED", message: expect.stringMatching(/locked on 14 February 2024/) });
    expect(await db.submission.count({ where: { localAuthorityGss: t.la.gssCode, kind: "DELIVERY_RETURN" } })).toBe(0);
    // An overdue return can still be started until it locks.
    const overdue = await startReturn({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-02-10") });
    expect(overdue.status).toBe("DRAFT");
  });

  it("is not found for another LA, a reviewer or an accountable lead (they cannot even learn it exists)", async () => {
    const t = await team();
    await approvePlan(t);
    for (const actor of [t.otherLead, t.reviewer, t.accountable]) {
      await expect(startReturn({ db, actor, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-01-20") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.submission.count({ where: { localAuthorityGss: t.la.gssCode, kind: "DELIVERY_RETURN" } })).toBe(0);
  });

  it("owes no return whose due date passed before the plan was approved", async () => {
    const t = await team();
    await approvePlan(t, "2023-11-01");
    expect((await returnStanding({ db, localAuthorityGss: t.la.gssCode, periodId: Q3, now: at("2023-11-02") })).kind).toBe("not-owed");
    expect((await returnStanding({ db, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-01-02") })).kind).toBe("owed");
  });
});

describe("prefill", () => {
  it("carries services, open risks and milestone statuses forward from the last submitted return, but not closed risks or figures", async () => {
    const { t, previous } = await withPreviousReturn();
    const q4 = await startReturn({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-01-20") });
    const document = documentOf(q4) as Record<string, any>;
    expect(document.services).toEqual(previous.services);
    const riskIds = document.risks.risks.map((r: { id: string }) => r.id);
    expect(riskIds).toEqual(previous.risks.risks.filter((r: { status: string }) => r.status === "open").map((r: { id: string }) => r.id));
    expect(riskIds).not.toContain("risk-closed");
    for (const [id, update] of Object.entries(previous.milestones.milestones as Record<string, { status: string }>)) {
      expect(document.milestones.milestones[id].status).toBe(update.status);
      expect(document.milestones.milestones[id].commentary).toBeUndefined();
    }
    expect(document.metrics).toBeUndefined();
    // The audit names the sections prefilled.
    const started = await db.auditEvent.findFirstOrThrow({ where: { subjectId: q4.id, action: "delivery_return.started" } });
    expect(started.data).toMatchObject({ prefilledSections: expect.arrayContaining(["services", "risks", "milestones"]) });
  });
});

describe("the return's rules through checkSubmission", () => {
  it("surfaces section rules with paths, and refuses sign-off until they are fixed", async () => {
    const { t, milestones } = await withPreviousReturn();
    const q4 = await startReturn({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-01-20") });
    const atRisk = milestones[milestones.length - 1]!;
    const current = await loadSubmission({ db, actor: t.lead, id: q4.id });
    const version = (key: string) => current.sections.find((s) => s.key === key)?.version ?? 0;
    const stored = documentOf(current) as Record<string, any>;
    stored.milestones.milestones[atRisk.id] = { status: "at-risk" };
    await saveReturnSection({ db, actor: t.contributor, submissionId: q4.id, sectionKey: "milestones", input: stored.milestones, expectedVersion: version("milestones"), now: at("2024-01-20") });
    await saveReturnSection({
      db,
      actor: t.contributor,
      submissionId: q4.id,
      sectionKey: "metrics",
      input: { metrics: { "infant-feeding.breastfeeding-any-10-14-days": "40", "infant-feeding.breastfeeding-exclusive-10-14-days": "55" } },
      expectedVersion: 0,
      now: at("2024-01-20"),
    });

    const check = await checkSubmission(db, returnKindServer, await loadSubmission({ db, actor: t.lead, id: q4.id }));
    const codes = check.errors.map((e) => `${e.sectionKey}:${e.code}`);
    expect(codes).toEqual(expect.arrayContaining(["milestones:commentary-required", "metrics:exclusive-above-any", "successes:successes-not-answered", "annual-questions:annual-answer-required"]));
    expect(check.errors.find((e) => e.code === "commentary-required")?.path).toBe(fieldName("milestones", atRisk.id, "commentary"));
    expect(check.warnings.some((w) => w.code === "metric-not-given")).toBe(true);

    const draft = await loadSubmission({ db, actor: t.lead, id: q4.id });
    await expect(sendReturnForSignOff({ db, actor: t.lead, submissionId: q4.id, expectedVersion: draft.version, now: at("2024-01-20") })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await loadSubmission({ db, actor: t.lead, id: q4.id })).status).toBe("DRAFT");
  });

  it("refuses a bad figure at save with a field message, and saves a group without touching the others", async () => {
    const t = await team();
    await approvePlan(t);
    const q4 = await startReturn({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-01-20") });
    const save = (group: string, metrics: Record<string, unknown>, expectedVersion: number) =>
      saveReturnSection({ db, actor: t.lead, submissionId: q4.id, sectionKey: "metrics", input: { metrics }, expectedVersion, merge: mergeFor("metrics", { kind: "metric-group", id: group }), now: at("2024-01-20") });
    expect(await save("workforce", { "family-hubs.workforce.staff-turnover": "140" }, 0)).toMatchObject({ status: "invalid", fieldErrors: { "metrics[family-hubs.workforce.staff-turnover]": expect.any(String) } });
    expect(await save("workforce", { "family-hubs.workforce.staff-count": "42" }, 0)).toMatchObject({ status: "saved", version: 1 });
    expect(await save("reach", { "family-hubs.reach.families-accessing-family-hubs": "1,200" }, 1)).toMatchObject({ status: "saved", version: 2 });
    // Clearing the workforce page's field removes only that group's value.
    expect(await save("workforce", {}, 2)).toMatchObject({ status: "saved", data: { metrics: { "family-hubs.reach.families-accessing-family-hubs": 1200 } } });
  });

  it("drops blank 'add another' rows and rows marked for removal before the schema sees them", () => {
    expect(sectionInput("services", { services: [{ name: "Café", location: "Hub" }, { name: "Old", remove: "yes" }, { name: "", location: "", "date-opened": { day: "", month: "", year: "" } }] })).toEqual({ services: [{ name: "Café", location: "Hub" }] });
    expect(sectionInput("risks", { risks: [{ id: "risk-1", title: "Staffing", likelihood: "2", impact: "2", status: "open" }, { title: "", likelihood: "", impact: "", status: "open" }] })).toEqual({
      risks: [{ id: "risk-1", title: "Staffing", likelihood: "2", impact: "2", status: "open" }],
    });
  });
});

describe("every transition of a return", () => {
  it("goes draft → awaiting sign-off → submitted → returned → revision 2 → approved, on time", async () => {
    const { t, milestones, previous } = await withPreviousReturn();
    const q4 = await startReturn({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-01-20") });
    await fill(t.lead, q4.id, buildDemoReturn({ periodId: Q4, planMilestones: milestones, previous }), at("2024-01-20"));

    // Only the commissioning lead sends; only the accountable lead of this LA signs.
    const draft = await loadSubmission({ db, actor: t.lead, id: q4.id });
    await expect(sendReturnForSignOff({ db, actor: t.contributor, submissionId: q4.id, expectedVersion: draft.version, now: at("2024-01-25") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendReturnForSignOff({ db, actor: t.otherLead, submissionId: q4.id, expectedVersion: draft.version, now: at("2024-01-25") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await sendReturnForSignOff({ db, actor: t.lead, submissionId: q4.id, expectedVersion: draft.version, now: at("2024-01-25") });
    const awaiting = await loadSubmission({ db, actor: t.accountable, id: q4.id });
    expect(awaiting.status).toBe("AWAITING_SIGN_OFF");
    const sha = snapshotOf(awaiting).sha256;
    await expect(signReturn({ db, actor: t.otherAccountable, submissionId: q4.id, expectedVersion: awaiting.version, reviewedSha256: sha, now: at("2024-01-26") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(signReturn({ db, actor: t.lead, submissionId: q4.id, expectedVersion: awaiting.version, reviewedSha256: sha, now: at("2024-01-26") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Edits are refused while it waits for sign-off.
    await expect(saveReturnSection({ db, actor: t.lead, submissionId: q4.id, sectionKey: "successes", input: { nothingToReport: "yes" }, expectedVersion: 1, now: at("2024-01-26") })).rejects.toMatchObject({ code: "CONFLICT" });
    await signReturn({ db, actor: t.accountable, submissionId: q4.id, expectedVersion: awaiting.version, reviewedSha256: sha, now: at("2024-01-31", "23:30:00Z") });

    const submitted = await loadSubmission({ db, actor: t.reviewer, id: q4.id });
    expect(submitted.status).toBe("SUBMITTED");
    // 23:30 UTC on 31 January is 23:30 in London (GMT): on time.
    expect(isLate((await firstSubmissionTime(db, submitted))!, "2024-01-31")).toBe(false);

    const { newRevisionId } = await returnForChanges({ db, actor: t.reviewer, kindServer: returnKindServer, submissionId: q4.id, expectedVersion: submitted.version, comments: [{ sectionKey: "successes", reason: "Say what made the café work." }], now: at("2024-02-20") });
    // The programme team reopened it: the lock (14 February) does not apply to the new revision.
    const revision = await loadSubmission({ db, actor: t.lead, id: newRevisionId });
    expect(revision).toMatchObject({ revision: 2, status: "DRAFT" });
    const successes = revision.sections.find((s) => s.key === "successes")!;
    const changed = { ...(successes.data as Record<string, unknown>), successes: [{ title: "Baby feeding café", description: "Co-designed with the panel; peers now run it.", shareWithOtherAreas: true }] };
    expect(await saveReturnSection({ db, actor: t.lead, submissionId: newRevisionId, sectionKey: "successes", input: changed, expectedVersion: successes.version, now: at("2024-02-21") })).toMatchObject({ status: "saved" });
    const resubmitted = await submit(t, newRevisionId, { sentAt: at("2024-02-21"), signedAt: at("2024-02-22") });
    expect(resubmitted.status).toBe("SUBMITTED");
    // On time is judged on the first submission, not the revision the programme team asked for.
    expect(isLate((await firstSubmissionTime(db, resubmitted))!, "2024-01-31")).toBe(false);

    await approveSubmission({ db, actor: t.reviewer, kindServer: returnKindServer, submissionId: newRevisionId, expectedVersion: resubmitted.version, now: at("2024-02-25") });
    expect((await loadSubmission({ db, actor: t.lead, id: newRevisionId })).status).toBe("APPROVED");
    // Another LA's lead cannot even load it.
    await expect(loadSubmission({ db, actor: t.otherLead, id: newRevisionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses saving, sending and signing once the period has locked, and marks a submission after the due date late", async () => {
    const { t, milestones, previous } = await withPreviousReturn();
    const q4 = await startReturn({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-01-20") });
    await fill(t.lead, q4.id, buildDemoReturn({ periodId: Q4, planMilestones: milestones, previous }), at("2024-01-20"));
    const draft = await loadSubmission({ db, actor: t.lead, id: q4.id });

    await expect(saveReturnSection({ db, actor: t.lead, submissionId: q4.id, sectionKey: "successes", input: { nothingToReport: "yes" }, expectedVersion: 1, now: at("2024-02-15") })).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    await expect(sendReturnForSignOff({ db, actor: t.lead, submissionId: q4.id, expectedVersion: draft.version, now: at("2024-02-15") })).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    expect((await loadSubmission({ db, actor: t.lead, id: q4.id })).status).toBe("DRAFT");

    // Sent while overdue (before the lock), then the signer is too late.
    await sendReturnForSignOff({ db, actor: t.lead, submissionId: q4.id, expectedVersion: draft.version, now: at("2024-02-10") });
    const awaiting = await loadSubmission({ db, actor: t.accountable, id: q4.id });
    await expect(signReturn({ db, actor: t.accountable, submissionId: q4.id, expectedVersion: awaiting.version, reviewedSha256: snapshotOf(awaiting).sha256, now: at("2024-02-15") })).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    expect((await loadSubmission({ db, actor: t.lead, id: q4.id })).status).toBe("AWAITING_SIGN_OFF");

    await signReturn({ db, actor: t.accountable, submissionId: q4.id, expectedVersion: awaiting.version, reviewedSha256: snapshotOf(awaiting).sha256, now: at("2024-02-14") });
    const submitted = await loadSubmission({ db, actor: t.lead, id: q4.id });
    expect(submitted.status).toBe("SUBMITTED");
    expect(isLate((await firstSubmissionTime(db, submitted))!, "2024-01-31")).toBe(true);
  });

  it("uses an administrator's extension for the due and lock dates", async () => {
    const t = await team();
    await approvePlan(t);
    const admin = await createUser(db, "DEPARTMENT_ADMIN");
    await db.deadlineExtension.create({ data: { localAuthorityGss: t.la.gssCode, kind: "DELIVERY_RETURN", periodKey: Q4, dueDate: "2024-02-20", lockDate: "2024-03-01", reason: "Flooding closed the council offices", grantedById: admin.id } });
    const standing = await returnStanding({ db, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-02-16") });
    expect(standing).toMatchObject({ kind: "owed", status: { due: "2024-02-20", locks: "2024-03-01", extended: true, state: "open", daysLeft: 4 } });
    const q4 = await startReturn({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: Q4, now: at("2024-02-16") });
    expect(q4.status).toBe("DRAFT");
    // Another LA still has the catalogue's dates.
    const other = await team();
    await approvePlan(other);
    await expect(startReturn({ db, actor: other.lead, localAuthorityGss: other.la.gssCode, periodId: Q4, now: at("2024-02-16") })).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
  });
});

describe("the to-do list", () => {
  it("lists the plan until approved, then each open or overdue return with days left, until it is submitted", async () => {
    const t = await team();
    const before = await loadToDoList({ db, localAuthorityGss: t.la.gssCode, now: at("2024-01-20") });
    expect(before.find((i) => i.key === "plan")).toMatchObject({ status: null, deadline: null });
    expect(before.some((i) => i.key.startsWith("return:"))).toBe(false);

    await approvePlan(t);
    const items = await loadToDoList({ db, localAuthorityGss: t.la.gssCode, now: at("2024-01-20") });
    expect(items.some((i) => i.key === "plan")).toBe(false);
    expect(items.find((i) => i.key === `return:${Q4}`)).toMatchObject({ status: null, deadline: { state: "open", daysLeft: 11, due: "2024-01-31" } });
    // Earlier returns are locked: no longer on the list. Statements of grant usage still due are.
    expect(items.some((i) => i.key === `return:${Q3}`)).toBe(false);
    expect(items.find((i) => i.key === "grant:2023-24-interim")).toMatchObject({ deadline: { state: "overdue" } });

    const overdue = await loadToDoList({ db, localAuthorityGss: t.la.gssCode, now: at("2024-02-03") });
    expect(overdue.find((i) => i.key === `return:${Q4}`)).toMatchObject({ deadline: { state: "overdue", daysOverdue: 3 } });
  });
});
