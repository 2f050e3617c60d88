import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { authorise, type Actor } from "@/server/access";
import type { Db } from "@/server/db/client";

export const allocationSelect = {
  id: true,
  localAuthorityGss: true,
  financialYear: true,
  fundingLineId: true,
  amountPence: true,
  source: true,
  updatedAt: true,
  localAuthority: { select: { name: true } },
} satisfies Prisma.AllocationSelect;

export interface AllocationFilters {
  gssCode?: string;
  financialYear?: string;
  fundingLineId?: string;
}

/** Every allocation matching the filters, for administrators. */
export async function listAllocations({ db, actor, filters, take = 500 }: { db: Db; actor: Actor; filters: AllocationFilters; take?: number }) {
  authorise(actor, "allocations.manage");
  const where: Prisma.AllocationWhereInput = {
    ...(filters.gssCode ? { localAuthorityGss: filters.gssCode } : {}),
    ...(filters.financialYear ? { financialYear: filters.financialYear } : {}),
    ...(filters.fundingLineId ? { fundingLineId: filters.fundingLineId } : {}),
  };
  const [rows, total] = await Promise.all([
    db.allocation.findMany({ where, select: allocationSelect, orderBy: [{ localAuthority: { name: "asc" } }, { financialYear: "asc" }, { fundingLineId: "asc" }, { source: "asc" }], take }),
    db.allocation.count({ where }),
  ]);
  return { rows, total };
}

/** One LA's allocations; the caller has already loaded the LA through requireLocalAuthority. */
export async function allocationsForLocalAuthority(db: Db, localAuthorityGss: string) {
  return db.allocation.findMany({ where: { localAuthorityGss }, select: allocationSelect, orderBy: [{ financialYear: "asc" }, { fundingLineId: "asc" }, { source: "asc" }] });
}
