import "server-only";
import { grantStatementPeriods } from "@/catalogue/calendar";
import { grantStatementDefinition } from "@/domain/grant/definition";
import type { GrantContext } from "@/domain/grant/grant-rules";
import type { Db, Tx } from "@/server/db/client";
import type { SubmissionKindServer, SubmissionRecord } from "@/server/submissions/kind-server";

export async function grantContextFor(db: Db | Tx, localAuthorityGss: string, periodKey: string): Promise<GrantContext> {
  const period = grantStatementPeriods({ includeExtension: true }).find((p) => p.id === periodKey);
  if (!period) throw new Error(`Unknown grant statement period ${periodKey}`);
  const rows = await db.allocation.findMany({
    where: { localAuthorityGss, financialYear: period.financialYear },
    select: { fundingLineId: true, amountPence: true },
  });
  // A top-up on the same line as the indicative amount adds to it.
  const byLine = new Map<string, number>();
  for (const row of rows) byLine.set(row.fundingLineId, (byLine.get(row.fundingLineId) ?? 0) + row.amountPence);
  return { kind: period.kind, allocations: [...byLine].map(([fundingLineId, amountPence]) => ({ fundingLineId, amountPence })) };
}

export const grantKindServer: SubmissionKindServer<GrantContext> = {
  definition: grantStatementDefinition,
  loadContext: (db: Db | Tx, submission: SubmissionRecord) => grantContextFor(db, submission.localAuthorityGss, submission.periodKey),
};
