import { beforeEach, describe, expect, it } from "vitest";
import type { TrailblazerStrand, TrailblazerWave } from "@/catalogue/cohorts";
import { TOP_UP_FUNDING_LINES, wave2Pool, waveTwoPlacesLeft } from "@/domain/selection/rules";
import type { Actor } from "@/domain/permissions";
import { AppError } from "@/server/errors";
import { decideStrands, type StrandDecisionInput } from "@/server/selection/decide-strands";
import { loadSelectionState } from "@/server/selection/load-selection-state";
import { scoreApplication } from "@/server/selection/score-application";
import { setCohortMembership } from "@/server/selection/set-cohort-membership";
import { SIGN_UP_PERIOD } from "@/server/sign-up/sign-up-kind";
import { createLocalAuthority, createUser } from "../support/fixtures";
import { useTestDatabase } from "../support/use-test-database";

// Trailblazer selection and cohorts against a fresh database per test, since the caps count every LA.
// Applications are written as the panel receives them (signed sign-up + application row); the sign-up
// test covers how they get there.

const { db } = useTestDatabase({ per: "test" });
let reviewer: Actor;
let admin: Actor;

beforeEach(async () => {
  reviewer = await createUser(db, "DEPARTMENT_REVIEWER");
  admin = await createUser(db, "DEPARTMENT_ADMIN");
});

const ALL: TrailblazerStrand[] = ["perinatal-mental-health", "infant-feeding", "parenting"];

async function signedUp({ eif = false } = {}) {
  const la = await createLocalAuthority(db);
  await db.submission.create({ data: { kind: "SIGN_UP", localAuthorityGss: la.gssCode, periodKey: SIGN_UP_PERIOD, status: "SUBMITTED", catalogueVersion: "test", submittedAt: new Date("2022-08-20T10:00:00Z") } });
  if (eif) await db.localAuthority.update({ where: { gssCode: la.gssCode }, data: { hasEifSupport: true } });
  return la.gssCode;
}

async function applicant(wave: TrailblazerWave, strands: TrailblazerStrand[] = ALL, options: { eif?: boolean } = {}) {
  const gss = await signedUp(options);
  await db.trailblazerApplication.create({
    data: { localAuthorityGss: gss, submissionId: "s", revision: 1, wave, strands, application: { applying: "yes", strands }, snapshotSha256: "x".repeat(64), submittedAt: new Date("2022-08-20T10:00:00Z") },
  });
  return gss;
}

const all = (decision: StrandDecisionInput["decision"], strands: TrailblazerStrand[] = ALL) => Object.fromEntries(strands.map((s) => [s, { decision, feedback: `Feedback: ${decision}` }]));

async function decide(gss: string, wave: TrailblazerWave, decisions: Partial<Record<TrailblazerStrand, StrandDecisionInput>>, actor = reviewer) {
  return decideStrands({ db, actor, localAuthorityGss: gss, wave, decisions });
}

async function refused(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function topUps(gss: string) {
  const rows = await db.allocation.findMany({ where: { localAuthorityGss: gss, source: "TRAILBLAZER_TOP_UP" }, select: { financialYear: true, fundingLineId: true, amountPence: true }, orderBy: { amountPence: "desc" } });
  return rows;
}

describe("wave 1", () => {
  it("selects up to 8 LAs; the 9th is refused with nothing changed, while a further strand of a selected LA takes no place", async () => {
    const wave1 = [];
    for (let i = 0; i < 9; i++) wave1.push(await applicant(1));
    for (const gss of wave1.slice(0, 8)) await decide(gss, 1, { parenting: { decision: "selected" } });

    const ninth = wave1[8] ?? "";
    const error = await refused(decide(ninth, 1, { parenting: { decision: "selected" } }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details).toEqual([{ strand: "parenting", message: "All 8 wave 1 places are filled. Places left unfilled pass to wave 2, not the other way round" }]);
    expect(await db.trailblazerDecision.count({ where: { localAuthorityGss: ninth } })).toBe(0);
    expect(await topUps(ninth)).toEqual([]);
    expect((await db.localAuthority.findUniqueOrThrow({ where: { gssCode: ninth } })).isTrailblazer).toBe(false);

    await decide(wave1[0] ?? "", 1, { "infant-feeding": { decision: "selected" } });
    expect(await topUps(wave1[0] ?? "")).toHaveLength(2);
  });

  it("refuses an LA holding EIF support, and a strand it did not apply for", async () => {
    const eif = await applicant(1, ALL, { eif: true });
    expect((await refused(decide(eif, 1, { parenting: { decision: "selected" } }))).details).toEqual([
      { strand: "parenting", message: expect.stringMatching(/has Early Intervention Foundation support\. Remove it before selecting/) },
    ]);
    const narrow = await applicant(1, ["parenting"]);
    expect((await refused(decide(narrow, 1, { "infant-feeding": { decision: "selected" } }))).details).toEqual([
      { strand: "infant-feeding", message: expect.stringMatching(/did not apply to be a trailblazer for infant feeding/) },
    ]);
    // Not selecting is always possible for a strand applied for.
    await decide(eif, 1, { parenting: { decision: "not-selected" } });
  });
});

describe("wave 2", () => {
  it("waits until every wave 1 strand is decided", async () => {
    const open = await applicant(1, ["parenting"]);
    const late = await applicant(2, ["parenting"]);
    expect((await refused(decide(late, 2, { parenting: { decision: "selected" } }))).details).toEqual([
      { strand: "parenting", message: "Record a decision for every strand of every wave 1 application before deciding wave 2" },
    ]);
    await decide(open, 1, { parenting: { decision: "not-selected" } });
    await decide(late, 2, { parenting: { decision: "selected" } });
  });

  it("rolls unfilled wave 1 places over: 6 filled in wave 1 leaves 9 in wave 2, and the 16th trailblazer is refused", async () => {
    const wave1 = [];
    for (let i = 0; i < 7; i++) wave1.push(await applicant(1, ["parenting"]));
    for (const gss of wave1.slice(0, 6)) await decide(gss, 1, { parenting: { decision: "selected" } });
    await decide(wave1[6] ?? "", 1, { parenting: { decision: "not-selected" } });
    expect(waveTwoPlacesLeft(await loadSelectionState(db))).toBe(9);

    const wave2 = [];
    for (let i = 0; i < 10; i++) wave2.push(await applicant(2, ["infant-feeding"]));
    for (const gss of wave2.slice(0, 9)) await decide(gss, 2, { "infant-feeding": { decision: "selected" } });
    const error = await refused(decide(wave2[9] ?? "", 2, { "infant-feeding": { decision: "selected" } }));
    expect(error.details).toEqual([{ strand: "infant-feeding", message: "All 15 trailblazer places are filled: 6 in wave 1 and 9 in wave 2" }]);
    expect(await db.localAuthority.count({ where: { isTrailblazer: true } })).toBe(15);
  });

  it("reconsiders an unsuccessful wave 1 application unchanged, but not one selected in wave 1", async () => {
    const unsuccessful = await applicant(1, ["parenting", "infant-feeding"]);
    const successful = await applicant(1, ["parenting"]);
    await decide(unsuccessful, 1, all("not-selected", ["parenting", "infant-feeding"]));
    await decide(successful, 1, { parenting: { decision: "selected" } });
    const before = await db.trailblazerApplication.findUniqueOrThrow({ where: { localAuthorityGss: unsuccessful } });

    const pool = wave2Pool(await loadSelectionState(db));
    expect(pool.map((a) => a.laGss)).toEqual([unsuccessful]);
    expect(pool[0]?.strandsAppliedFor).toEqual(["parenting", "infant-feeding"]);

    await decide(unsuccessful, 2, { parenting: { decision: "selected" }, "infant-feeding": { decision: "not-selected" } });
    const after = await db.trailblazerApplication.findUniqueOrThrow({ where: { localAuthorityGss: unsuccessful } });
    expect(after).toEqual(before);
    expect(await topUps(unsuccessful)).toEqual([{ financialYear: "2022-23", fundingLineId: TOP_UP_FUNDING_LINES.parenting, amountPence: 3_300_000 }]);

    expect((await refused(decide(successful, 2, { parenting: { decision: "not-selected" } }))).details).toEqual([
      { strand: "parenting", message: expect.stringMatching(/was selected in wave 1, so its strands were decided then/) },
    ]);
  });
});

describe("top-ups", () => {
  it("pays only the strands selected, in exact pence, beside the indicative amount; deselecting removes them", async () => {
    const gss = await applicant(1);
    await db.allocation.create({ data: { localAuthorityGss: gss, financialYear: "2022-23", fundingLineId: TOP_UP_FUNDING_LINES.parenting, amountPence: 12_345_67, source: "INDICATIVE" } });
    await decide(gss, 1, { "perinatal-mental-health": { decision: "selected", feedback: "Strong plan" }, parenting: { decision: "selected" }, "infant-feeding": { decision: "not-selected", feedback: "Not yet ready" } });
    expect(await topUps(gss)).toEqual([
      { financialYear: "2022-23", fundingLineId: TOP_UP_FUNDING_LINES["perinatal-mental-health"], amountPence: 10_000_000 },
      { financialYear: "2022-23", fundingLineId: TOP_UP_FUNDING_LINES.parenting, amountPence: 3_300_000 },
    ]);
    expect((await db.localAuthority.findUniqueOrThrow({ where: { gssCode: gss } })).isTrailblazer).toBe(true);
    const feedback = await db.trailblazerDecision.findMany({ where: { localAuthorityGss: gss }, select: { strand: true, decision: true, feedback: true }, orderBy: { strand: "asc" } });
    expect(feedback).toEqual([
      { strand: "infant-feeding", decision: "NOT_SELECTED", feedback: "Not yet ready" },
      { strand: "parenting", decision: "SELECTED", feedback: null },
      { strand: "perinatal-mental-health", decision: "SELECTED", feedback: "Strong plan" },
    ]);

    await decide(gss, 1, { parenting: { decision: "not-selected" } });
    expect(await topUps(gss)).toEqual([{ financialYear: "2022-23", fundingLineId: TOP_UP_FUNDING_LINES["perinatal-mental-health"], amountPence: 10_000_000 }]);
    await decide(gss, 1, { "perinatal-mental-health": { decision: "pending" } });
    expect(await topUps(gss)).toEqual([]);
    expect((await db.localAuthority.findUniqueOrThrow({ where: { gssCode: gss } })).isTrailblazer).toBe(false);
    expect(await db.allocation.count({ where: { localAuthorityGss: gss, source: "INDICATIVE", amountPence: 12_345_67 } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "trailblazer.decided", localAuthorityGss: gss } })).toBe(3);
  });

  it("refuses LA users (not found) and changes nothing (attack: an LA selecting itself)", async () => {
    const gss = await applicant(1);
    const lead = await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: gss });
    expect((await refused(decide(gss, 1, { parenting: { decision: "selected" } }, lead))).code).toBe("NOT_FOUND");
    expect((await refused(scoreApplication({ db, actor: lead, localAuthorityGss: gss, score: { criteria: {} as never } }))).code).toBe("NOT_FOUND");
    expect(await db.trailblazerDecision.count()).toBe(0);
    expect(await topUps(gss)).toEqual([]);
  });
});

describe("scores", () => {
  it("keeps one score per reviewer and criterion, replaced when scored again", async () => {
    const gss = await applicant(1);
    const score = (n: number) => ({
      criteria: {
        "ambition-and-deliverability": { score: n, comment: "Bold" },
        "sharing-expertise": { score: 2, comment: "Some" },
        "existing-offer": { score: 3, comment: "Good" },
        "system-maturity": { score: 1, comment: "Early" },
      },
    });
    await scoreApplication({ db, actor: reviewer, localAuthorityGss: gss, score: score(4) });
    await scoreApplication({ db, actor: reviewer, localAuthorityGss: gss, score: score(3) });
    const rows = await db.trailblazerScore.findMany({ where: { localAuthorityGss: gss } });
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.criterionId === "ambition-and-deliverability")?.score).toBe(3);
  });
});

describe("cohorts", () => {
  it("never gives EIF support to a trailblazer, and allows at most 15 EIF places", async () => {
    const trailblazer = await applicant(1, ["parenting"]);
    await decide(trailblazer, 1, { parenting: { decision: "selected" } });
    expect((await refused(setCohortMembership({ db, actor: admin, localAuthorityGss: trailblazer, cohort: "eif", member: true }))).message).toMatch(/is a trailblazer/);
    expect((await db.localAuthority.findUniqueOrThrow({ where: { gssCode: trailblazer } })).hasEifSupport).toBe(false);

    for (let i = 0; i < 14; i++) await signedUp({ eif: true });
    const fifteenth = await signedUp();
    await setCohortMembership({ db, actor: admin, localAuthorityGss: fifteenth, cohort: "eif", member: true });
    const sixteenth = await signedUp();
    expect((await refused(setCohortMembership({ db, actor: admin, localAuthorityGss: sixteenth, cohort: "eif", member: true }))).message).toMatch(/All 15 Early Intervention Foundation places are taken/);
    await setCohortMembership({ db, actor: admin, localAuthorityGss: fifteenth, cohort: "eif", member: false });
    await setCohortMembership({ db, actor: admin, localAuthorityGss: sixteenth, cohort: "eif", member: true });
    expect(await db.localAuthority.count({ where: { hasEifSupport: true } })).toBe(15);
  });

  it("warns when an applicant gets EIF support, and refuses EIF before sign-up", async () => {
    const pending = await applicant(1, ["parenting"]);
    expect((await setCohortMembership({ db, actor: admin, localAuthorityGss: pending, cohort: "eif", member: true })).warning).toMatch(/applied to be a trailblazer/);
    const notSignedUp = (await createLocalAuthority(db)).gssCode;
    expect((await refused(setCohortMembership({ db, actor: admin, localAuthorityGss: notSignedUp, cohort: "eif", member: true }))).message).toMatch(/until its sign-up has been submitted/);
  });

  it("warns past 30 super-evaluators and refuses past 35; research participants warn without registered interest", async () => {
    for (let i = 0; i < 29; i++) await createLocalAuthority(db).then((la) => db.localAuthority.update({ where: { gssCode: la.gssCode }, data: { isSuperEvaluator: true } }));
    const thirtieth = (await createLocalAuthority(db)).gssCode;
    expect(await setCohortMembership({ db, actor: admin, localAuthorityGss: thirtieth, cohort: "super-evaluator", member: true })).toEqual({});
    const thirtyFirst = (await createLocalAuthority(db)).gssCode;
    expect((await setCohortMembership({ db, actor: admin, localAuthorityGss: thirtyFirst, cohort: "super-evaluator", member: true })).warning).toMatch(/This makes 31 super-evaluators/);
    for (let i = 0; i < 4; i++) await createLocalAuthority(db).then((la) => db.localAuthority.update({ where: { gssCode: la.gssCode }, data: { isSuperEvaluator: true } }));
    const thirtySixth = (await createLocalAuthority(db)).gssCode;
    expect((await refused(setCohortMembership({ db, actor: admin, localAuthorityGss: thirtySixth, cohort: "super-evaluator", member: true }))).message).toMatch(/already 35 super-evaluators/);

    const research = await signedUp();
    expect((await setCohortMembership({ db, actor: admin, localAuthorityGss: research, cohort: "research", member: true })).warning).toMatch(/did not register interest/);
    expect(await db.auditEvent.count({ where: { action: "cohort.changed" } })).toBe(3);
  });

  it("refuses reviewers and LA users (cohorts are an administrator's job)", async () => {
    const gss = await signedUp();
    expect((await refused(setCohortMembership({ db, actor: reviewer, localAuthorityGss: gss, cohort: "eif", member: true }))).code).toBe("NOT_FOUND");
    expect((await db.localAuthority.findUniqueOrThrow({ where: { gssCode: gss } })).hasEifSupport).toBe(false);
  });
});
