import { randomUUID } from "node:crypto";
import { addDays, grantStatementPeriods, reportingPeriods, type ReportingPeriod } from "@/catalogue/calendar";
import { TRAILBLAZER_STRANDS } from "@/catalogue/cohorts";
import { FUNDING_LINES } from "@/catalogue/funding";
import type { IsoDate } from "@/catalogue/types";
import { catalogueVersion } from "@/catalogue/version";
import { buildDemoGrantStatement } from "@/domain/grant/demo-grant-statements";
import { grantStatementDefinition } from "@/domain/grant/definition";
import { planDefinition } from "@/domain/plan/definition";
import { fullPlanDocument } from "@/domain/plan/demo-plans";
import { planMilestones } from "@/domain/plan/plan-milestones";
import { deliveryReturnDefinition } from "@/domain/return/definition";
import { buildDemoReturn } from "@/domain/return/demo-returns";
import { owesReturn } from "@/domain/return/periods";
import { signableSnapshot } from "@/domain/submissions/snapshot";
import type { SubmissionDocument, SubmissionKind, SubmissionStatus } from "@/domain/submissions/types";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";

// Bulk synthetic records for the national dataset (npm run seed:national) and for tests that need many LAs.
// Written with createMany, not through the engine (thousands of documents would take minutes), but only in
// states the engine reaches: approved plans (some returned once first), returns and statements submitted,
// approved, awaiting sign-off or in draft, each with its sign-off (snapshot and hash) and review where the
// engine would have written one. Documents come from the same demo builders as the demo seed, varied per LA
// with a seeded random generator, so every run gives the same data. Audit events are not generated.

export interface SyntheticAuthority {
  gssCode: string;
  name: string;
  isTrailblazer: boolean;
}

interface People {
  leadId: string;
  accountableId: string;
  financeId: string;
  reviewerId: string;
}

/** A small seeded generator (mulberry32), so the dataset is the same on every run. */
function random(seed: string): () => number {
  let a = 0;
  for (const c of seed) a = (Math.imul(a ^ c.charCodeAt(0), 2654435761) + 1) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);

interface Batches {
  submissions: Prisma.SubmissionCreateManyInput[];
  sections: Prisma.SubmissionSectionCreateManyInput[];
  signOffs: Prisma.SignOffCreateManyInput[];
  reviews: Prisma.ReviewCreateManyInput[];
  allocations: Prisma.AllocationCreateManyInput[];
}

const VERSION_OF: Record<SubmissionStatus, number> = { DRAFT: 1, AWAITING_SIGN_OFF: 2, SUBMITTED: 3, APPROVED: 4, RETURNED: 4 };

/** One submission row with its sections, sign-off and review, as the engine would have left them. */
function addSubmission(
  out: Batches,
  s: { kind: SubmissionKind; gss: string; periodKey: string; revision?: number; status: SubmissionStatus; document: SubmissionDocument; people: People; sent?: string; submitted?: string; decided?: string; declaration: string },
): void {
  const id = randomUUID();
  const revision = s.revision ?? 1;
  const reached = (status: SubmissionStatus) => VERSION_OF[s.status] >= VERSION_OF[status] && s.status !== "DRAFT";
  out.submissions.push({
    id,
    kind: s.kind,
    localAuthorityGss: s.gss,
    periodKey: s.periodKey,
    revision,
    status: s.status,
    version: VERSION_OF[s.status],
    catalogueVersion,
    createdById: s.people.leadId,
    sentForSignOffAt: reached("AWAITING_SIGN_OFF") && s.sent ? at(s.sent) : null,
    sentForSignOffById: reached("AWAITING_SIGN_OFF") && s.sent ? s.people.leadId : null,
    submittedAt: reached("SUBMITTED") && s.submitted ? at(s.submitted, 14) : null,
    decidedAt: (s.status === "APPROVED" || s.status === "RETURNED") && s.decided ? at(s.decided, 11) : null,
    createdAt: at(s.sent ?? s.submitted ?? "2022-12-01", 9),
  });
  for (const [key, data] of Object.entries(s.document)) out.sections.push({ id: randomUUID(), submissionId: id, key, data: data as Prisma.InputJsonValue, updatedById: s.people.leadId });
  if (reached("SUBMITTED") && s.submitted) {
    const snapshot = signableSnapshot({ kind: s.kind, localAuthorityGss: s.gss, periodKey: s.periodKey, revision, catalogueVersion, document: s.document });
    const signerId = s.kind === "GRANT_STATEMENT" ? s.people.financeId : s.people.accountableId;
    out.signOffs.push({ submissionId: id, signerId, decision: "SIGNED", declaration: s.declaration, snapshot: JSON.parse(snapshot.text) as Prisma.InputJsonValue, snapshotSha256: snapshot.sha256, createdAt: at(s.submitted, 14) });
  }
  if ((s.status === "APPROVED" || s.status === "RETURNED") && s.decided) {
    out.reviews.push({ submissionId: id, reviewerId: s.people.reviewerId, decision: s.status === "APPROVED" ? "APPROVED" : "RETURNED", createdAt: at(s.decided, 11) });
  }
}

/** Leaf funding lines paid to LAs, as the sign-up seed allocates them. */
const ALLOCATED_LINES = FUNDING_LINES.filter((l) => l.allocatedToLocalAuthorities && !FUNDING_LINES.some((c) => c.parentId === l.id));

/** Flips some expectations' progress and some milestones' status, consistently across one LA's returns. */
function varyReturn(document: SubmissionDocument, rnd: { lagging: ReadonlySet<string>; atRisk: ReadonlySet<string>; offset: number }, period: ReportingPeriod): SubmissionDocument {
  const expectations = (document["minimum-expectations"] as { expectations: Record<string, { progress: string; evidence?: string }> }).expectations;
  for (const id of rnd.lagging) {
    const entry = expectations[id];
    if (entry?.progress === "met") expectations[id] = { progress: "in-progress", evidence: "Work under way as set out in the plan." };
  }
  const milestones = (document.milestones as { milestones: Record<string, { status: string; commentary?: string }> }).milestones;
  for (const id of rnd.atRisk) {
    const entry = milestones[id];
    if (entry && entry.status === "on-track") milestones[id] = { status: period.financialYear === "2024-25" ? "off-track" : "at-risk", commentary: "Recruitment delays; a recovery plan is agreed with the programme board." };
  }
  const metrics = (document.metrics as { metrics: Record<string, unknown> }).metrics;
  for (const key of Object.keys(metrics)) {
    if (key.startsWith("infant-feeding.breastfeeding-") && typeof metrics[key] === "number") metrics[key] = (metrics[key] as number) + rnd.offset;
  }
  return document;
}

/** Everything one LA has sent by `asOf`: plan, returns and grant statements. */
function authorityRecords(out: Batches, la: SyntheticAuthority, people: People, asOf: IsoDate): void {
  const rnd = random(la.gssCode);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const plan = fullPlanDocument({ name: la.name, isTrailblazer: la.isTrailblazer, trailblazerStrands: la.isTrailblazer ? [...TRAILBLAZER_STRANDS] : [] });
  const planned = Object.entries((plan["minimum-expectations"] as { expectations: Record<string, { status: string; targetDate?: string }> }).expectations);
  for (const [id, entry] of planned) {
    if (entry.status === "planned" && rnd() < 0.08) (plan["minimum-expectations"] as { expectations: Record<string, unknown> }).expectations[id] = { ...entry, status: "at-risk", reason: "Commissioning has been delayed while the provider market is tested." };
  }
  // Most plans were approved in January 2023; some later, so they owe fewer returns. Some were returned once.
  const approvedOn = pick(["2023-01-16", "2023-01-16", "2023-01-20", "2023-01-27", "2023-01-31", "2023-03-10", "2023-06-15"]) as IsoDate;
  if (rnd() < 0.1) {
    addSubmission(out, { kind: "PLAN", gss: la.gssCode, periodKey: "plan", status: "RETURNED", document: plan, people, sent: "2022-12-01", submitted: "2022-12-05", decided: "2022-12-20", declaration: planDefinition.declaration });
    addSubmission(out, { kind: "PLAN", gss: la.gssCode, periodKey: "plan", revision: 2, status: "APPROVED", document: plan, people, sent: addDays(approvedOn, -10), submitted: addDays(approvedOn, -7), decided: approvedOn, declaration: planDefinition.declaration });
  } else {
    addSubmission(out, { kind: "PLAN", gss: la.gssCode, periodKey: "plan", status: "APPROVED", document: plan, people, sent: addDays(approvedOn, -10), submitted: addDays(approvedOn, -7), decided: approvedOn, declaration: planDefinition.declaration });
  }

  const milestones = planMilestones(plan);
  const lagging = rnd() < 0.35 ? new Set(planned.filter(() => rnd() < 0.25).map(([id]) => id)) : new Set<string>();
  const atRisk = rnd() < 0.3 ? new Set(milestones.filter(() => rnd() < 0.2).map((m) => m.id)) : new Set<string>();
  const variation = { lagging, atRisk, offset: Math.floor(rnd() * 13) - 6 };
  let previous: SubmissionDocument | undefined;
  for (const period of reportingPeriods()) {
    if (period.opens > asOf || !owesReturn(period, approvedOn)) continue;
    const document = varyReturn(buildDemoReturn({ periodId: period.id, planMilestones: milestones, previous }), variation, period);
    const inWindow = asOf <= period.locks;
    const r = rnd();
    const lateBy = r < 0.08 ? 1 + Math.floor(rnd() * 9) : 0;
    const submitted = addDays(period.due, lateBy > 0 ? lateBy : -1 - Math.floor(rnd() * 10));
    const base = { kind: "DELIVERY_RETURN" as const, gss: la.gssCode, periodKey: period.id, document, people, declaration: deliveryReturnDefinition.declaration };
    if (inWindow && asOf <= period.due) {
      // The window open on the date: a realistic spread of progress.
      const status: SubmissionStatus | null = r < 0.25 ? "SUBMITTED" : r < 0.4 ? "AWAITING_SIGN_OFF" : r < 0.7 ? "DRAFT" : null;
      if (status) addSubmission(out, { ...base, status, sent: addDays(asOf, -3), submitted: addDays(asOf, -1) });
      continue;
    }
    if (submitted >= asOf) {
      // Due, but not sent by the date: late and still in draft.
      addSubmission(out, { ...base, status: "DRAFT" });
      continue;
    }
    const decided = addDays(submitted, 7 + Math.floor(rnd() * 14));
    const status: SubmissionStatus = decided < asOf && rnd() < 0.95 ? "APPROVED" : "SUBMITTED";
    addSubmission(out, { ...base, status, sent: addDays(submitted, -2), submitted, decided });
    previous = document;
  }

  for (const period of grantStatementPeriods()) {
    if (period.opens > asOf) continue;
    const lines = ALLOCATED_LINES.filter((l) => l.release.some((r) => r.financialYear === period.financialYear));
    const allocations = lines.map((l, i) => ({ fundingLineId: l.id, amountPence: Math.round((150_000 + i * 80_000) * (0.8 + ((la.gssCode.charCodeAt(8) % 7) / 10))) * 100 }));
    if (period.kind === "interim") {
      for (const a of allocations) out.allocations.push({ localAuthorityGss: la.gssCode, financialYear: period.financialYear, fundingLineId: a.fundingLineId, amountPence: a.amountPence, source: "INDICATIVE" });
    }
    const document = buildDemoGrantStatement({ kind: period.kind, allocations });
    const base = { kind: "GRANT_STATEMENT" as const, gss: la.gssCode, periodKey: period.id, document, people, declaration: grantStatementDefinition.declaration };
    if (asOf <= period.due) {
      const r = rnd();
      if (r < 0.5) addSubmission(out, { ...base, status: r < 0.3 ? "SUBMITTED" : "DRAFT", sent: addDays(asOf, -2), submitted: addDays(asOf, -1) });
      continue;
    }
    const submitted = addDays(period.due, rnd() < 0.1 ? 3 : -2);
    if (submitted >= asOf) {
      addSubmission(out, { ...base, status: "DRAFT" });
      continue;
    }
    const decided = addDays(submitted, 14);
    addSubmission(out, { ...base, status: decided < asOf ? "APPROVED" : "SUBMITTED", sent: addDays(submitted, -3), submitted, decided });
  }
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>, size = 200): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Writes each LA's team (commissioning lead, accountable lead, finance officer: single sign-on accounts without
 * a password), its allocations and everything it has sent by `asOf`. The LAs must exist and have no submissions.
 */
export async function insertSyntheticRecords({ db, authorities, asOf, reviewerId }: { db: Db; authorities: readonly SyntheticAuthority[]; asOf: IsoDate; reviewerId: string }): Promise<{ submissions: number; sections: number }> {
  const out: Batches = { submissions: [], sections: [], signOffs: [], reviews: [], allocations: [] };
  const users: Prisma.UserCreateManyInput[] = [];
  for (const la of authorities) {
    const slug = la.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const people: People = { leadId: randomUUID(), accountableId: randomUUID(), financeId: randomUUID(), reviewerId };
    users.push(
      { id: people.leadId, email: `lead@${slug}.national.example.gov.uk`, name: `Commissioning lead (${la.name})`, role: "COMMISSIONING_LEAD", localAuthorityGss: la.gssCode },
      { id: people.accountableId, email: `accountable@${slug}.national.example.gov.uk`, name: `Accountable lead (${la.name})`, role: "ACCOUNTABLE_LEAD", localAuthorityGss: la.gssCode },
      { id: people.financeId, email: `finance@${slug}.national.example.gov.uk`, name: `Finance officer (${la.name})`, role: "FINANCE_OFFICER", localAuthorityGss: la.gssCode },
    );
    authorityRecords(out, la, people, asOf);
  }
  await db.user.createMany({ data: users, skipDuplicates: true });
  await insertInBatches(out.allocations, (data) => db.allocation.createMany({ data, skipDuplicates: true }));
  await insertInBatches(out.submissions, (data) => db.submission.createMany({ data }));
  await insertInBatches(out.sections, (data) => db.submissionSection.createMany({ data }), 100);
  await insertInBatches(out.signOffs, (data) => db.signOff.createMany({ data }), 50);
  await insertInBatches(out.reviews, (data) => db.review.createMany({ data }));
  return { submissions: out.submissions.length, sections: out.sections.length };
}
