import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { authorise, localAuthorityScope, type Actor } from "@/server/authorise";
import type { Db } from "@/server/db/client";
import type { CohortFilter, TLocalAuthorityFilters } from "@/schemas/local-authority-filters";

const COHORT_WHERE: Record<CohortFilter, Prisma.LocalAuthorityWhereInput> = {
  trailblazer: { isTrailblazer: true },
  "super-evaluator": { isSuperEvaluator: true },
  eif: { hasEifSupport: true },
};

export const localAuthoritySummarySelect = {
  gssCode: true,
  name: true,
  region: true,
  isTrailblazer: true,
  isSuperEvaluator: true,
  hasEifSupport: true,
  isResearchParticipant: true,
} satisfies Prisma.LocalAuthoritySelect;

/** The LAs the actor may see, filtered by region, cohort and name or GSS code. One query. */
export async function listLocalAuthorities({ db, actor, filters }: { db: Db; actor: Actor; filters: TLocalAuthorityFilters }) {
  authorise(actor, "la.list");
  const conditions: Prisma.LocalAuthorityWhereInput[] = [localAuthorityScope(actor)];
  if (filters.region) conditions.push({ region: filters.region });
  if (filters.cohort) conditions.push(COHORT_WHERE[filters.cohort]);
  if (filters.q) conditions.push({ OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { gssCode: { equals: filters.q.toUpperCase() } }] });
  return db.localAuthority.findMany({ where: { AND: conditions }, select: localAuthoritySummarySelect, orderBy: { name: "asc" } });
}
