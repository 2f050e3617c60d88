import { describe, expect, it } from "vitest";
import { EXPLANATIONS_SECTION, warningKey } from "@/domain/submissions/types";
import { grantKindServer as kind } from "@/server/grants/grant-kind";
import { listGrantStatements, startGrantStatement } from "@/server/grants/grant-statements";
import { checkSubmission } from "@/server/submissions/check-submission";
import { loadSubmission } from "@/server/submissions/load-submission";
import { approveSubmission, returnForChanges } from "@/server/submissions/review-submission";
import { saveSection } from "@/server/submissions/save-section";
import { sendForSignOff } from "@/server/submissions/send-for-sign-off";
import { declineSignOff, signSubmission, snapshotOf } from "@/server/submissions/sign-submission";
import { useTestDatabase } from "../support/use-test-database";
import { createLocalAuthority, createUser } from "../support/fixtures";

const { db } = useTestDatabase();

const PROGRAMME = "family-hubs-transformation.programme";
const CAPITAL = "family-hubs-transformation.capital";
const INTERIM = "2023-24-interim"; // opened 1 October 2023; the demo programme date is 20 January 2024
const ANNUAL = "2023-24-annual"; // opens 1 April 2024
const AFTER_YEAR_END = new Date("2024-04-15T10:00:00Z");

async function team({ allocations = true } = {}) {
  const la = await createLocalAuthority(db);
  const other = await createLocalAuthority(db);
  if (allocations) {
    await db.allocation.createMany({
      data: [
        { localAuthorityGss: la.gssCode, financialYear: "2023-24", fundingLineId: PROGRAMME, amountPence: 100_000_00 },
        { localAuthorityGss: la.gssCode, financialYear: "2023-24", fundingLineId: CAPITAL, amountPence: 40_000_00 },
        // A trailblazer top-up on the same line adds to the allocation.
        { localAuthorityGss: la.gssCode, financialYear: "2023-24", fundingLineId: PROGRAMME, amountPence: 20_000_00, source: "TRAILBLAZER_TOP_UP" },
      ],
    });
  }
  return {
    la,
    finance: await createUser(db, "FINANCE_OFFICER", { localAuthorityGss: la.gssCode }),
    lead: await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: la.gssCode }),
    contributor: await createUser(db, "LA_CONTRIBUTOR", { localAuthorityGss: la.gssCode }),
    accountable: await createUser(db, "ACCOUNTABLE_LEAD", { localAuthorityGss: la.gssCode }),
    otherFinance: await createUser(db, "FINANCE_OFFICER", { localAuthorityGss: other.gssCode }),
    reviewer: await createUser(db, "DEPARTMENT_REVIEWER"),
  };
}
type Team = Awaited<ReturnType<typeof team>>;

async function saveSpend(t: Team, submissionId: string, lines: Record<string, { spendPence?: string; forecastPence?: string }>, expectedVersion: number) {
  return saveSection({ db, actor: t.finance, kindServer: kind, submissionId, sectionKey: "spend", input: { lines }, expectedVersion });
}

async function sentInterim(t: Team) {
  const draft = await startGrantStatement({ db, actor: t.finance, localAuthorityGss: t.la.gssCode, periodId: INTERIM });
  await saveSpend(t, draft.id, { [PROGRAMME]: { spendPence: "50,000", forecastPence: "60,000" }, [CAPITAL]: { spendPence: "10000.50", forecastPence: "29999.50" } }, 0);
  await sendForSignOff({ db, actor: t.finance, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
  return loadSubmission({ db, actor: t.finance, id: draft.id });
}

describe("starting a statement", () => {
  it("opens on its date, and only once the year's allocation is loaded", async () => {
    const t = await team();
    await expect(startGrantStatement({ db, actor: t.finance, localAuthorityGss: t.la.gssCode, periodId: ANNUAL })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/opens on 1 April 2024/) });
    const bare = await team({ allocations: false });
    await expect(startGrantStatement({ db, actor: bare.finance, localAuthorityGss: bare.la.gssCode, periodId: INTERIM })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/allocation/) });
    const draft = await startGrantStatement({ db, actor: t.finance, localAuthorityGss: t.la.gssCode, periodId: INTERIM });
    expect(draft).toMatchObject({ kind: "GRANT_STATEMENT", periodKey: INTERIM, status: "DRAFT" });
    const years = await listGrantStatements({ db, actor: t.finance, localAuthorityGss: t.la.gssCode });
    expect(years.flatMap((y) => y.statements).find((s) => s.period.id === INTERIM)).toMatchObject({ status: "DRAFT", opened: true });
  });

  it("is refused to a contributor, an accountable lead and another LA's finance officer (not found)", async () => {
    const t = await team();
    for (const actor of [t.contributor, t.accountable, t.otherFinance, t.reviewer]) {
      await expect(startGrantStatement({ db, actor, localAuthorityGss: t.la.gssCode, periodId: INTERIM })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.submission.count({ where: { localAuthorityGss: t.la.gssCode } })).toBe(0);
  });
});

describe("the spend section", () => {
  it("parses pounds exactly to pence, and refuses what is not money", async () => {
    const t = await team();
    const draft = await startGrantStatement({ db, actor: t.lead, localAuthorityGss: t.la.gssCode, periodId: INTERIM });
    const bad = await saveSpend(t, draft.id, { [PROGRAMME]: { spendPence: "12.345" }, [CAPITAL]: { spendPence: "-5" } }, 0);
    expect(bad).toMatchObject({ status: "invalid", fieldErrors: { [`lines[${PROGRAMME}].spendPence`]: expect.any(String), [`lines[${CAPITAL}].spendPence`]: expect.any(String) } });
    const saved = await saveSpend(t, draft.id, { [PROGRAMME]: { spendPence: "£1,234.56", forecastPence: "0.29" } }, 0);
    expect(saved).toMatchObject({ status: "saved", data: { lines: { [PROGRAMME]: { spendPence: 123456, forecastPence: 29 } } } });
  });
});

describe("the rules through the engine", () => {
  it("blocks sign-off while spend is above the allocation (top-ups included)", async () => {
    const t = await team();
    const draft = await startGrantStatement({ db, actor: t.finance, localAuthorityGss: t.la.gssCode, periodId: INTERIM });
    await saveSpend(t, draft.id, { [PROGRAMME]: { spendPence: "120,000.01", forecastPence: "0" }, [CAPITAL]: { spendPence: "0", forecastPence: "0" } }, 0);
    const check = await checkSubmission(db, kind, await loadSubmission({ db, actor: t.finance, id: draft.id }));
    expect(check.errors).toEqual([expect.objectContaining({ code: "spend-above-allocation", path: `lines[${PROGRAMME}].spendPence` })]);
    await expect(sendForSignOff({ db, actor: t.finance, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version })).rejects.toMatchObject({ code: "INVALID_INPUT" });

    // Exactly the allocation (£100,000 + £20,000 top-up) is fine.
    await saveSpend(t, draft.id, { [PROGRAMME]: { spendPence: "120,000", forecastPence: "0" }, [CAPITAL]: { spendPence: "0", forecastPence: "0" } }, 1);
    await sendForSignOff({ db, actor: t.finance, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
    expect((await loadSubmission({ db, actor: t.finance, id: draft.id })).status).toBe("AWAITING_SIGN_OFF");
  });

  it("needs an explanation for an annual underspend of more than a quarter before it can be sent", async () => {
    const t = await team();
    const draft = await startGrantStatement({ db, actor: t.finance, localAuthorityGss: t.la.gssCode, periodId: ANNUAL, now: AFTER_YEAR_END });
    await saveSpend(t, draft.id, { [PROGRAMME]: { spendPence: "119,000" }, [CAPITAL]: { spendPence: "29,999.99" } }, 0);
    const check = await checkSubmission(db, kind, await loadSubmission({ db, actor: t.finance, id: draft.id }));
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([expect.objectContaining({ code: "underspend", path: `lines[${CAPITAL}].spendPence` })]);
    await expect(sendForSignOff({ db, actor: t.finance, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version })).rejects.toThrow(/Explain each warning/);
    const key = warningKey(check.warnings[0]!);
    await saveSection({ db, actor: t.finance, kindServer: kind, submissionId: draft.id, sectionKey: EXPLANATIONS_SECTION, input: { [key]: "The second hub's fit-out slipped to May." }, expectedVersion: 0 });
    await sendForSignOff({ db, actor: t.finance, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
    expect((await loadSubmission({ db, actor: t.finance, id: draft.id })).status).toBe("AWAITING_SIGN_OFF");
  });
});

describe("each transition", () => {
  it("is signed only by the LA's own finance officer, with the section 151 declaration", async () => {
    const t = await team();
    // The accountable lead's deputy signs plans and returns, not statements: they are neither asked nor allowed.
    await db.signOffDeputy.create({ data: { localAuthorityGss: t.la.gssCode, deputyId: t.contributor.id, nominatedById: t.accountable.id } });
    const awaiting = await sentInterim(t);
    expect(await db.notification.count({ where: { userId: t.contributor.id } })).toBe(0);
    const sha = snapshotOf(awaiting).sha256;
    // A commissioning lead (who may edit) and an accountable lead (who signs plans) cannot sign a statement.
    for (const actor of [t.lead, t.accountable, t.contributor]) {
      await expect(signSubmission({ db, actor, kindServer: kind, submissionId: awaiting.id, expectedVersion: awaiting.version, reviewedSha256: sha })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // Attack: another LA's finance officer signs this LA's statement by its id.
    await expect(signSubmission({ db, actor: t.otherFinance, kindServer: kind, submissionId: awaiting.id, expectedVersion: awaiting.version, reviewedSha256: sha })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(declineSignOff({ db, actor: t.otherFinance, kindServer: kind, submissionId: awaiting.id, expectedVersion: awaiting.version, reason: "no" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await loadSubmission({ db, actor: t.finance, id: awaiting.id })).status).toBe("AWAITING_SIGN_OFF");

    await signSubmission({ db, actor: t.finance, kindServer: kind, submissionId: awaiting.id, expectedVersion: awaiting.version, reviewedSha256: sha });
    const submitted = await loadSubmission({ db, actor: t.reviewer, id: awaiting.id });
    expect(submitted.status).toBe("SUBMITTED");
    const signOff = await db.signOff.findFirstOrThrow({ where: { submissionId: awaiting.id } });
    expect(signOff).toMatchObject({ signerId: t.finance.id, decision: "SIGNED", snapshotSha256: sha, declaration: expect.stringMatching(/section 151/) });
    // Signed content cannot change.
    await expect(saveSpend(t, awaiting.id, { [PROGRAMME]: { spendPence: "1" } }, 1)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("can be declined by the finance officer, then returned for changes and approved by a reviewer only", async () => {
    const t = await team();
    const awaiting = await sentInterim(t);
    await declineSignOff({ db, actor: t.finance, kindServer: kind, submissionId: awaiting.id, expectedVersion: awaiting.version, reason: "Capital forecast looks high" });
    const draft = await loadSubmission({ db, actor: t.finance, id: awaiting.id });
    expect(draft.status).toBe("DRAFT");

    await sendForSignOff({ db, actor: t.lead, kindServer: kind, submissionId: draft.id, expectedVersion: draft.version });
    const again = await loadSubmission({ db, actor: t.finance, id: draft.id });
    await signSubmission({ db, actor: t.finance, kindServer: kind, submissionId: again.id, expectedVersion: again.version, reviewedSha256: snapshotOf(again).sha256 });
    const submitted = await loadSubmission({ db, actor: t.reviewer, id: again.id });

    await expect(approveSubmission({ db, actor: t.finance, kindServer: kind, submissionId: submitted.id, expectedVersion: submitted.version })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { newRevisionId } = await returnForChanges({
      db,
      actor: t.reviewer,
      kindServer: kind,
      submissionId: submitted.id,
      expectedVersion: submitted.version,
      comments: [{ sectionKey: "spend", reason: "Split the capital spend by project." }],
    });
    const revision2 = await loadSubmission({ db, actor: t.finance, id: newRevisionId });
    expect(revision2).toMatchObject({ revision: 2, status: "DRAFT" });

    await sendForSignOff({ db, actor: t.finance, kindServer: kind, submissionId: revision2.id, expectedVersion: revision2.version });
    const awaiting2 = await loadSubmission({ db, actor: t.finance, id: revision2.id });
    await signSubmission({ db, actor: t.finance, kindServer: kind, submissionId: awaiting2.id, expectedVersion: awaiting2.version, reviewedSha256: snapshotOf(awaiting2).sha256 });
    const submitted2 = await loadSubmission({ db, actor: t.reviewer, id: awaiting2.id });
    await approveSubmission({ db, actor: t.reviewer, kindServer: kind, submissionId: submitted2.id, expectedVersion: submitted2.version });
    expect((await loadSubmission({ db, actor: t.finance, id: submitted2.id })).status).toBe("APPROVED");
    expect(await db.auditEvent.count({ where: { subjectId: submitted2.id, action: "submission.approve" } })).toBe(1);
  });
});
