import "server-only";
import { buildRiskRegister, countByRating, type LatestReturnRisks, type RiskRegisterFilters } from "@/domain/analytics/risk-register";
import type { Prisma } from "@/generated/prisma/client";
import { authorise, localAuthorityScope, type Actor } from "@/server/authorise";
import type { Db } from "@/server/db/client";

/**
 * The national risk register: open risks in each LA's latest submitted or approved delivery return, within
 * the actor's scope (regional advisers see their region). One query whatever the number of LAs: every
 * counted return's "risks" section, newest period and revision first, keeping the first per LA.
 */
export async function loadRiskRegister({ db, actor, region, ...filters }: { db: Db; actor: Actor; region?: string } & RiskRegisterFilters) {
  authorise(actor, "dashboard.view");
  const scope: Prisma.LocalAuthorityWhereInput[] = [localAuthorityScope(actor)];
  if (region) scope.push({ region });
  const submissions = await db.submission.findMany({
    where: { kind: "DELIVERY_RETURN", status: { in: ["SUBMITTED", "APPROVED"] }, localAuthority: { AND: scope } },
    orderBy: [{ periodKey: "desc" }, { revision: "desc" }],
    select: {
      id: true,
      localAuthorityGss: true,
      periodKey: true,
      localAuthority: { select: { name: true, region: true } },
      sections: { where: { key: "risks" }, select: { data: true } },
    },
  });
  const latest = new Map<string, LatestReturnRisks>();
  for (const s of submissions) {
    if (latest.has(s.localAuthorityGss)) continue;
    const data = s.sections[0]?.data;
    const risks = data && typeof data === "object" && !Array.isArray(data) && Array.isArray((data as { risks?: unknown }).risks) ? ((data as { risks: unknown[] }).risks as Record<string, unknown>[]) : [];
    latest.set(s.localAuthorityGss, { localAuthorityGss: s.localAuthorityGss, name: s.localAuthority.name, region: s.localAuthority.region, periodId: s.periodKey, submissionId: s.id, risks });
  }
  const returns = [...latest.values()];
  const all = buildRiskRegister(returns);
  const risks = buildRiskRegister(returns, filters);
  return { risks, counts: countByRating(all), localAuthoritiesReporting: returns.length };
}
