import "server-only";
import { periodById } from "@/catalogue/calendar";
import { findExpectation } from "@/catalogue/lookup";
import type { IsoDate } from "@/catalogue/types";
import { londonDate } from "@/domain/dates";
import { effectiveDeadline, isLate } from "@/domain/return/periods";
import { MILESTONE_RAG, type MilestoneStatus } from "@/schemas/return/milestones";
import { SERVICE_FIELDS } from "@/schemas/return/services";
import { authorise, type Actor } from "@/server/authorise";
import type { Db } from "@/server/db/client";
import { notFoundError } from "@/server/errors";
import { listLocalAuthorities } from "@/server/local-authorities/list-local-authorities";
import type { CellValue, ExportTable } from "./cells";
import type { LazyTable } from "./xlsx";

// The full extract of one reporting period for analysts: a "returns" sheet with one row per LA in scope, then one
// sheet per return section with one row per LA and item (milestone, expectation, risk, success, service, metric
// value). Sections come from each LA's latest revision that was sent (submitted or approved); drafts are never
// extracted. Each section sheet loads its rows in batches of LAs as it is written, so memory stays flat
// however many LAs there are. Columns: src/server/exports/README.md.

const BATCH = 50;

interface Sent {
  submissionId: string;
  gssCode: string;
  name: string;
  region: string;
}

type Row = CellValue[];
type Data = Record<string, unknown>;

const asObject = (v: unknown): Data => (v && typeof v === "object" && !Array.isArray(v) ? (v as Data) : {});
const asArray = (v: unknown): Data[] => (Array.isArray(v) ? v.map(asObject) : []);
const text = (v: unknown): CellValue => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : v === undefined || v === null ? null : JSON.stringify(v));
const list = (v: unknown): CellValue => (Array.isArray(v) ? v.map(String).join("; ") : text(v));

export const SECTION_SHEETS = {
  milestones: {
    key: "milestones",
    columns: ["milestone_id", "status", "rag", "revised_date", "commentary"],
    rows: (data: Data): Row[] =>
      Object.entries(asObject(data.milestones)).map(([id, raw]) => {
        const m = asObject(raw);
        const status = typeof m.status === "string" ? m.status : null;
        return [id, status, status && status in MILESTONE_RAG ? MILESTONE_RAG[status as MilestoneStatus] : null, text(m.revisedDate), text(m.commentary)];
      }),
  },
  minimum_expectations: {
    key: "minimum-expectations",
    columns: ["expectation_id", "strand", "progress", "evidence", "no_longer_met_reason"],
    rows: (data: Data): Row[] =>
      Object.entries(asObject(data.expectations)).map(([id, raw]) => {
        const e = asObject(raw);
        return [id, findExpectation(id)?.strand ?? null, text(e.progress), text(e.evidence), text(e.noLongerMetReason)];
      }),
  },
  risks: {
    key: "risks",
    columns: ["risk_id", "title", "description", "strand", "likelihood", "impact", "rating", "status", "owner", "mitigation", "closed_reason"],
    rows: (data: Data): Row[] =>
      asArray(data.risks).map((r) => [text(r.id), text(r.title), text(r.description), text(r.strand), text(r.likelihood), text(r.impact), text(r.rating), text(r.status), text(r.owner), text(r.mitigation), text(r.closedReason)]),
  },
  successes: {
    key: "successes",
    columns: ["success_index", "title", "description", "strand", "share_with_other_areas"],
    rows: (data: Data): Row[] => asArray(data.successes).map((s, i) => [i + 1, text(s.title), text(s.description), text(s.strand), s.shareWithOtherAreas === true]),
  },
  services: {
    key: "services",
    columns: ["service_index", ...SERVICE_FIELDS.map((f) => f.id.replace(/-/g, "_"))],
    rows: (data: Data): Row[] => asArray(data.services).map((s, i) => [i + 1, ...SERVICE_FIELDS.map((f) => list(s[f.id]))]),
  },
  metrics: {
    key: "metrics",
    columns: ["metric_id", "category", "value"],
    // Long format: a breakdown gives one row per category; a multiple choice is joined with "; ".
    rows: (data: Data): Row[] =>
      Object.entries(asObject(data.metrics)).flatMap(([id, value]): Row[] =>
        value && typeof value === "object" && !Array.isArray(value) ? Object.entries(value as Data).map(([category, v]) => [id, category, text(v)]) : [[id, null, list(value)]],
      ),
  },
} as const;

export const LA_COLUMNS = ["gss_code", "local_authority", "region", "period_id"];
export const RETURNS_COLUMNS = [...LA_COLUMNS, "status", "revision", "extracted_revision", "submitted_at", "decided_at", "due_date", "late", "annual_service_improvements", "annual_joint_working"];

export async function periodExtract({ db, actor, periodId, now }: { db: Db; actor: Actor; periodId: string; now: Date }): Promise<LazyTable[]> {
  authorise(actor, "dashboard.view");
  const period = periodById(periodId);
  if (!period) throw notFoundError("That reporting period");
  const authorities = await listLocalAuthorities({ db, actor, filters: {} });
  const gssCodes = authorities.map((a) => a.gssCode);
  const [submissions, extensions] = await Promise.all([
    db.submission.findMany({
      where: { kind: "DELIVERY_RETURN", periodKey: period.id, localAuthorityGss: { in: gssCodes } },
      select: { id: true, localAuthorityGss: true, revision: true, status: true, submittedAt: true, decidedAt: true },
      orderBy: { revision: "asc" },
    }),
    db.deadlineExtension.findMany({ where: { kind: "DELIVERY_RETURN", periodKey: period.id, localAuthorityGss: { in: gssCodes } }, select: { localAuthorityGss: true, periodKey: true, dueDate: true, lockDate: true } }),
  ]);
  type S = (typeof submissions)[number];
  const latest = new Map<string, S>();
  const sentLatest = new Map<string, S>();
  const firstSubmitted = new Map<string, Date>();
  for (const s of submissions) {
    latest.set(s.localAuthorityGss, s);
    if (s.status === "SUBMITTED" || s.status === "APPROVED") sentLatest.set(s.localAuthorityGss, s);
    const first = firstSubmitted.get(s.localAuthorityGss);
    if (s.submittedAt && (!first || s.submittedAt < first)) firstSubmitted.set(s.localAuthorityGss, s.submittedAt);
  }
  const today = londonDate(now);
  const sent: Sent[] = authorities.flatMap((a) => {
    const s = sentLatest.get(a.gssCode);
    return s ? [{ submissionId: s.id, gssCode: a.gssCode, name: a.name, region: a.region }] : [];
  });

  /** The rows of one section for every sent return, loading its data a batch of LAs at a time. */
  async function* sectionRows(key: string, toRows: (data: Data) => Row[]): AsyncGenerator<Row> {
    for (let i = 0; i < sent.length; i += BATCH) {
      const batch = sent.slice(i, i + BATCH);
      const sections = await db.submissionSection.findMany({ where: { submissionId: { in: batch.map((s) => s.submissionId) }, key }, select: { submissionId: true, data: true } });
      const bySubmission = new Map(sections.map((s) => [s.submissionId, asObject(s.data)]));
      for (const la of batch) {
        const data = bySubmission.get(la.submissionId);
        if (!data) continue;
        for (const row of toRows(data)) yield [la.gssCode, la.name, la.region, period!.id, ...row];
      }
    }
  }

  const returnsSheet = async (): Promise<ExportTable> => {
    const annual = new Map<string, Data>();
    for await (const [gss, improvements, joint] of sectionRows("annual-questions", (d) => [[d.serviceImprovements as CellValue, d.jointWorking as CellValue]])) {
      annual.set(String(gss), { improvements, joint });
    }
    const extensionOf = new Map(extensions.map((e) => [e.localAuthorityGss, e]));
    const rows = authorities.map((a): Row => {
      const s = latest.get(a.gssCode);
      const { due } = effectiveDeadline(period, extensionOf.get(a.gssCode));
      const first = firstSubmitted.get(a.gssCode);
      const late = first ? isLate(first, due as IsoDate) : today > due;
      const answers = annual.get(a.gssCode);
      return [
        a.gssCode,
        a.name,
        a.region,
        period.id,
        s ? s.status.toLowerCase() : "not_started",
        s?.revision ?? null,
        sentLatest.get(a.gssCode)?.revision ?? null,
        first?.toISOString() ?? null,
        s?.decidedAt?.toISOString() ?? null,
        due,
        late,
        text(answers?.improvements),
        text(answers?.joint),
      ];
    });
    return { name: "returns", columns: RETURNS_COLUMNS, rows };
  };

  return [
    returnsSheet,
    ...Object.entries(SECTION_SHEETS).map(([name, sheet]) => ({ name, columns: [...LA_COLUMNS, ...sheet.columns], rows: sectionRows(sheet.key, sheet.rows) })),
  ];
}
