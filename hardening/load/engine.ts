import { buildDemoReturn } from "@/domain/return/demo-returns";
import { METRIC_GROUPS } from "@/domain/return/return-metrics";
import type { SubmissionDocument } from "@/domain/submissions/types";
import type { Db } from "@/server/db/client";
import { returnContextFor, returnKindServer } from "@/server/returns/return-kind";
import { saveReturnSection } from "@/server/returns/return-workflow";
import { findLatestRevision, loadSubmission } from "@/server/submissions/load-submission";
import { returnForChanges as engineReturnForChanges } from "@/server/submissions/review-submission";
import { mapLimit } from "./limit";
import type { LoadLa } from "./prepare-data";

// The steps the load does in-process through the engine rather than over HTTP (see deadline-load.ts).

export interface ReturnDocuments {
  get(gssCode: string): { document: SubmissionDocument; metrics: Record<string, unknown> } | undefined;
}

/** A complete, consistent return per LA for the period (the demo seed's generator), computed before the load. */
export async function demoReturnDocuments(db: Db, las: LoadLa[], periodId: string): Promise<ReturnDocuments> {
  const entries = await mapLimit(las, 8, async (la) => {
    const context = await returnContextFor(db, la.gssCode, periodId);
    const document = buildDemoReturn({ periodId, planMilestones: context.planMilestones, previous: context.previous ?? undefined, includesAnnualQuestions: context.includesAnnualQuestions });
    const metrics = (document.metrics as { metrics?: Record<string, unknown> } | undefined)?.metrics ?? {};
    return [la.gssCode, { document, metrics }] as const;
  });
  return new Map(entries);
}

export function firstMetricGroupId(): string {
  const first = METRIC_GROUPS[0];
  if (!first) throw new Error("The catalogue has no metric groups");
  return first.id;
}

/** The lead saves every section but metrics, with the version they see, as the section pages would. */
export async function fillOtherSections(db: Db, la: LoadLa, documents: ReturnDocuments, periodId: string): Promise<void> {
  const entry = documents.get(la.gssCode);
  const latest = await findLatestRevision({ db, actor: la.lead.actor, kind: "DELIVERY_RETURN", localAuthorityGss: la.gssCode, periodKey: periodId });
  if (!entry || !latest) return;
  for (const [key, data] of Object.entries(entry.document)) {
    if (key === "metrics") continue;
    const current = await loadSubmission({ db, actor: la.lead.actor, id: latest.id });
    const version = current.sections.find((s) => s.key === key)?.version ?? 0;
    const saved = await saveReturnSection({ db, actor: la.lead.actor, submissionId: latest.id, sectionKey: key, input: data, expectedVersion: version });
    if (saved.status !== "saved") throw new Error(`${la.name}: saving ${key} in-process gave ${JSON.stringify(saved).slice(0, 300)}`);
  }
}

/** The programme team sends the submitted returns back for changes to their figures: revision 2 opens as a draft. */
export async function returnForChanges(db: Db, las: LoadLa[], reviewerEmail: string, periodId: string): Promise<void> {
  const reviewer = await db.user.findUniqueOrThrow({ where: { email: reviewerEmail }, select: { id: true, name: true, email: true, role: true, localAuthorityGss: true, region: true } });
  await mapLimit(las, 4, async (la) => {
    const latest = await findLatestRevision({ db, actor: reviewer, kind: "DELIVERY_RETURN", localAuthorityGss: la.gssCode, periodKey: periodId });
    if (!latest || latest.status !== "SUBMITTED") throw new Error(`${la.name}: the ${periodId} return is ${latest?.status ?? "missing"}, not SUBMITTED`);
    await engineReturnForChanges({ db, actor: reviewer, kindServer: returnKindServer, submissionId: latest.id, expectedVersion: latest.version, comments: [{ sectionKey: "metrics", reason: "Check the workforce figures against your payroll." }] });
  });
}
