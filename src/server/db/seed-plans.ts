import { TRAILBLAZER_STRANDS } from "@/catalogue/cohorts";
import { grantStatementPeriods, reportingPeriods } from "@/catalogue/calendar";
import { buildDemoGrantStatement } from "@/domain/grant/demo-grant-statements";
import { grantContextFor, grantKindServer } from "@/server/grants/grant-kind";
import { draftPlanWithErrors, fullPlanDocument, type DemoLocalAuthority } from "@/domain/plan/demo-plans";
import { planMilestones } from "@/domain/plan/plan-milestones";
import { buildDemoReturn } from "@/domain/return/demo-returns";
import type { Actor } from "@/domain/permissions";
import type { SubmissionDocument } from "@/domain/submissions/types";
import type { Db } from "./client";
import { DEMO_LOCAL_AUTHORITIES } from "./demo-users";
import { planKindServer, PLAN_PERIOD_KEY } from "@/server/plans/plan-kind";
import { returnKindServer } from "@/server/returns/return-kind";
import { startSubmission } from "@/server/submissions/start-submission";
import { saveSection } from "@/server/submissions/save-section";
import { sendForSignOff } from "@/server/submissions/send-for-sign-off";
import { signSubmission, snapshotOf } from "@/server/submissions/sign-submission";
import { approveSubmission, returnForChanges } from "@/server/submissions/review-submission";
import { loadSubmission } from "@/server/submissions/load-submission";
import type { SubmissionKindServer } from "@/server/submissions/kind-server";

// Demo plans and returns in every state, made through the same engine the pages use, so
// the seed can never hold a state the workflow could not reach.

type Team = { lead: Actor; accountable: Actor; reviewer: Actor };

async function actorByEmail(db: Db, email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true, role: true, localAuthorityGss: true, region: true } });
  return user;
}

async function teamFor(db: Db, slug: string): Promise<Team> {
  return {
    lead: await actorByEmail(db, `lead@${slug}.example.gov.uk`),
    accountable: await actorByEmail(db, `accountable@${slug}.example.gov.uk`),
    reviewer: await actorByEmail(db, "reviewer@education.example.gov.uk"),
  };
}

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

async function start(db: Db, kindServer: SubmissionKindServer, team: Team, gssCode: string, periodKey: string, document: SubmissionDocument) {
  return startSubmission({ db, actor: team.lead, kindServer, localAuthorityGss: gssCode, periodKey, initialDocument: document });
}

async function sendAndSign(db: Db, kindServer: SubmissionKindServer, team: Team, id: string, sent: string, signed?: string) {
  let current = await loadSubmission({ db, actor: team.lead, id });
  await sendForSignOff({ db, actor: team.lead, kindServer, submissionId: id, expectedVersion: current.version, now: at(sent) });
  if (!signed) return;
  current = await loadSubmission({ db, actor: team.accountable, id });
  await signSubmission({ db, actor: team.accountable, kindServer, submissionId: id, expectedVersion: current.version, reviewedSha256: snapshotOf(current).sha256, now: at(signed) });
}

async function approve(db: Db, kindServer: SubmissionKindServer, team: Team, id: string, when: string) {
  const current = await loadSubmission({ db, actor: team.reviewer, id });
  await approveSubmission({ db, actor: team.reviewer, kindServer, submissionId: id, expectedVersion: current.version, now: at(when) });
}

async function returnIt(db: Db, kindServer: SubmissionKindServer, team: Team, id: string, when: string, comments: { sectionKey: string; reason: string }[]) {
  const current = await loadSubmission({ db, actor: team.reviewer, id });
  return returnForChanges({ db, actor: team.reviewer, kindServer, submissionId: id, expectedVersion: current.version, comments, now: at(when) });
}

function demoLa(name: string, isTrailblazer: boolean): DemoLocalAuthority {
  return { name, isTrailblazer, trailblazerStrands: isTrailblazer ? [...TRAILBLAZER_STRANDS] : [] };
}

/** Blackpool: returned once, then approved; then every quarterly return up to the one open on the demo date. */
async function seedBlackpool(db: Db) {
  const team = await teamFor(db, "blackpool");
  const gss = DEMO_LOCAL_AUTHORITIES.blackpool.gssCode;
  const plan = await start(db, planKindServer, team, gss, PLAN_PERIOD_KEY, fullPlanDocument(demoLa("Blackpool", true)));
  await sendAndSign(db, planKindServer, team, plan.id, "2022-12-05", "2022-12-07");
  const { newRevisionId } = await returnIt(db, planKindServer, team, plan.id, "2022-12-20", [
    { sectionKey: "hubs", reason: "Say which services will be co-located at the Central hub." },
  ]);
  const revision = await loadSubmission({ db, actor: team.lead, id: newRevisionId });
  const hubs = revision.sections.find((s) => s.key === "hubs");
  const data = hubs?.data as { hubs: { coLocatedServices?: string }[] } | undefined;
  if (hubs && data?.hubs[0]) {
    data.hubs[0].coLocatedServices = "Health visiting, midwifery clinics, early years SEND, youth service and Citizens Advice.";
    const saved = await saveSection({ db, actor: team.lead, kindServer: planKindServer, submissionId: revision.id, sectionKey: "hubs", input: data, expectedVersion: hubs.version });
    if (saved.status !== "saved") throw new Error(`The demo plan revision could not be saved: ${JSON.stringify(saved)}`);
  }
  await sendAndSign(db, planKindServer, team, newRevisionId, "2023-01-09", "2023-01-10");
  await approve(db, planKindServer, team, newRevisionId, "2023-01-16");
  await seedQuarterlyReturns(db, team, gss, newRevisionId);

  // Statements of grant usage already due by the demo date, signed by the finance officer.
  const finance = { ...team, accountable: await actorByEmail(db, "finance@blackpool.example.gov.uk") };
  for (const period of grantStatementPeriods().filter((p) => p.due < "2024-01-01")) {
    const context = await grantContextFor(db, gss, period.id);
    if (context.allocations.length === 0) continue;
    const statement = await start(db, grantKindServer, finance, gss, period.id, buildDemoGrantStatement(context));
    await sendAndSign(db, grantKindServer, finance, statement.id, addDays(period.due, -4), addDays(period.due, -2));
    await approve(db, grantKindServer, finance, statement.id, addDays(period.due, 12));
  }
}

/** Every quarterly return due before the demo date, on time and approved, from the approved plan. */
async function seedQuarterlyReturns(db: Db, team: Team, gss: string, approvedPlanId: string) {
  const approved = await loadSubmission({ db, actor: team.lead, id: approvedPlanId });
  const milestones = planMilestones(Object.fromEntries(approved.sections.map((s) => [s.key, s.data])));
  let previous: SubmissionDocument | undefined;
  for (const period of reportingPeriods().filter((p) => p.due < "2024-01-01")) {
    const document = buildDemoReturn({ periodId: period.id, planMilestones: milestones, previous });
    const ret = await start(db, returnKindServer, team, gss, period.id, document);
    await sendAndSign(db, returnKindServer, team, ret.id, addDays(period.due, -5), addDays(period.due, -3));
    await approve(db, returnKindServer, team, ret.id, addDays(period.due, 10));
    previous = document;
  }
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Plans in every other state, one demo LA each. Barking and Dagenham has none. */
export async function seedPlans(db: Db): Promise<void> {
  await seedBlackpool(db);

  // Bradford: approved first time, with the same return history as Blackpool (the spreadsheet import's demo LA).
  const bradford = await teamFor(db, "bradford");
  const bradfordPlan = await start(db, planKindServer, bradford, DEMO_LOCAL_AUTHORITIES.bradford.gssCode, PLAN_PERIOD_KEY, fullPlanDocument(demoLa("Bradford", false)));
  await sendAndSign(db, planKindServer, bradford, bradfordPlan.id, "2022-12-12", "2022-12-14");
  await approve(db, planKindServer, bradford, bradfordPlan.id, "2023-01-12");
  await seedQuarterlyReturns(db, bradford, DEMO_LOCAL_AUTHORITIES.bradford.gssCode, bradfordPlan.id);

  const barnsley = await teamFor(db, "barnsley");
  await start(db, planKindServer, barnsley, DEMO_LOCAL_AUTHORITIES.barnsley.gssCode, PLAN_PERIOD_KEY, draftPlanWithErrors(demoLa("Barnsley", false)));

  const bolton = await teamFor(db, "bolton");
  await start(db, planKindServer, bolton, DEMO_LOCAL_AUTHORITIES.bolton.gssCode, PLAN_PERIOD_KEY, fullPlanDocument(demoLa("Bolton", false)));

  const cornwall = await teamFor(db, "cornwall");
  const cornwallPlan = await start(db, planKindServer, cornwall, DEMO_LOCAL_AUTHORITIES.cornwall.gssCode, PLAN_PERIOD_KEY, fullPlanDocument(demoLa("Cornwall", true)));
  await sendAndSign(db, planKindServer, cornwall, cornwallPlan.id, "2024-01-15");

  const doncaster = await teamFor(db, "doncaster");
  const doncasterPlan = await start(db, planKindServer, doncaster, DEMO_LOCAL_AUTHORITIES.doncaster.gssCode, PLAN_PERIOD_KEY, fullPlanDocument(demoLa("Doncaster", false)));
  await sendAndSign(db, planKindServer, doncaster, doncasterPlan.id, "2024-01-08", "2024-01-10");

  const durham = await teamFor(db, "durham");
  const durhamPlan = await start(db, planKindServer, durham, DEMO_LOCAL_AUTHORITIES.durham.gssCode, PLAN_PERIOD_KEY, fullPlanDocument(demoLa("County Durham", true)));
  await sendAndSign(db, planKindServer, durham, durhamPlan.id, "2023-12-01", "2023-12-04");
  await returnIt(db, planKindServer, durham, durhamPlan.id, "2023-12-18", [
    { sectionKey: "milestones", reason: "Add a milestone for each quarter of 2024-25." },
    { sectionKey: "go-further", reason: "As a trailblazer, show which go-further options start in 2022-23." },
  ]);
}
