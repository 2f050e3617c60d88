import "server-only";
import { FINANCIAL_YEARS } from "@/catalogue/calendar";
import { parseAllocationsCsv, type ImportProblem } from "@/domain/allocations/import";
import { ALLOCATABLE_FUNDING_LINE_IDS, type TAllocationForm } from "@/schemas/allocation";
import { authorise, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Db, Tx } from "@/server/db/client";
import { notFoundError } from "@/server/errors";

// Indicative allocations: one row from the form, or a whole CSV file, all or nothing. Trailblazer top-ups
// are written only by trailblazer decisions (decide-strands.ts), never here.

async function upsertIndicative(tx: Tx, actor: Actor, row: { gssCode: string; financialYear: string; fundingLineId: string; amountPence: number }) {
  const key = { localAuthorityGss: row.gssCode, financialYear: row.financialYear, fundingLineId: row.fundingLineId, source: "INDICATIVE" as const };
  const before = await tx.allocation.findUnique({ where: { localAuthorityGss_financialYear_fundingLineId_source: key }, select: { amountPence: true } });
  const saved = await tx.allocation.upsert({
    where: { localAuthorityGss_financialYear_fundingLineId_source: key },
    create: { ...key, amountPence: row.amountPence, updatedById: actor.id },
    update: { amountPence: row.amountPence, updatedById: actor.id },
    select: { id: true },
  });
  return { id: saved.id, before: before?.amountPence ?? null };
}

export async function saveAllocation({ db, actor, input }: { db: Db; actor: Actor; input: TAllocationForm }) {
  authorise(actor, "allocations.manage");
  const la = await db.localAuthority.findUnique({ where: { gssCode: input.gssCode }, select: { gssCode: true } });
  if (!la) throw notFoundError("That local authority");
  await db.$transaction(async (tx) => {
    const { id, before } = await upsertIndicative(tx, actor, input);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "allocation.saved",
      subjectType: "allocation",
      subjectId: id,
      localAuthorityGss: input.gssCode,
      data: { financialYear: input.financialYear, fundingLineId: input.fundingLineId, before, after: input.amountPence },
    });
  });
}

export type AllocationImportResult = { ok: true; imported: number } | { ok: false; problems: ImportProblem[] };

/** Imports a CSV of indicative allocations: if any row has a problem, nothing is saved and every problem is listed. */
export async function importAllocations({ db, actor, csv }: { db: Db; actor: Actor; csv: string }): Promise<AllocationImportResult> {
  authorise(actor, "allocations.manage");
  const authorities = await db.localAuthority.findMany({ select: { gssCode: true } });
  const parsed = parseAllocationsCsv(csv, {
    knownGssCodes: authorities.map((a) => a.gssCode),
    fundingLineIds: ALLOCATABLE_FUNDING_LINE_IDS,
    financialYearIds: FINANCIAL_YEARS.map((fy) => fy.id),
  });
  if (!parsed.ok) return parsed;
  await db.$transaction(async (tx) => {
    const changes = [];
    for (const row of parsed.rows) {
      const { before } = await upsertIndicative(tx, actor, row);
      changes.push({ gssCode: row.gssCode, financialYear: row.financialYear, fundingLineId: row.fundingLineId, before, after: row.amountPence });
    }
    await recordAudit(tx, { actorId: actor.id, action: "allocations.imported", subjectType: "allocation-import", subjectId: crypto.randomUUID(), data: { rows: changes.length, changes } });
  });
  return { ok: true, imported: parsed.rows.length };
}
