import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MiReturnInput } from "@/domain/analytics/mi-series";
import type { PlanHubsInput } from "@/domain/analytics/services-summary";
import type { Db } from "@/server/db/client";
import { PLAN_PERIOD_KEY } from "@/server/plans/plan-kind";

// The MI the analytics read: each LA's latest submitted or approved delivery return per period (its
// "metrics" and "services" sections only) and the hubs of its latest approved plan. Three queries
// whatever the number of LAs; the caller passes the LA scope, so access stays a query scope.

const COUNTED = ["SUBMITTED", "APPROVED"] as const;

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const asRecords = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(asRecord) : []);

export interface KnownLocalAuthority {
  localAuthorityGss: string;
  name: string;
  region: string;
}

export async function loadMiReturns({ db, localAuthorities, periodIds }: { db: Db; localAuthorities: Prisma.LocalAuthorityWhereInput; periodIds: readonly string[] }) {
  const [authorities, submissions, plans] = await Promise.all([
    db.localAuthority.findMany({ where: localAuthorities, select: { gssCode: true, name: true, region: true }, orderBy: { name: "asc" } }),
    db.submission.findMany({
      where: { kind: "DELIVERY_RETURN", status: { in: [...COUNTED] }, periodKey: { in: [...periodIds] }, localAuthority: localAuthorities },
      orderBy: { revision: "asc" },
      select: {
        localAuthorityGss: true,
        periodKey: true,
        localAuthority: { select: { name: true, region: true } },
        sections: { where: { key: { in: ["metrics", "services"] } }, select: { key: true, data: true } },
      },
    }),
    db.submission.findMany({
      where: { kind: "PLAN", periodKey: PLAN_PERIOD_KEY, status: "APPROVED", localAuthority: localAuthorities },
      orderBy: { revision: "asc" },
      select: { localAuthorityGss: true, localAuthority: { select: { region: true } }, sections: { where: { key: "hubs" }, select: { data: true } } },
    }),
  ]);
  // Ordered by revision, so a later revision of the same LA and period replaces an earlier one.
  const latest = new Map<string, MiReturnInput>();
  for (const s of submissions) {
    const section = (key: string) => s.sections.find((x) => x.key === key)?.data;
    latest.set(`${s.localAuthorityGss}:${s.periodKey}`, {
      localAuthorityGss: s.localAuthorityGss,
      name: s.localAuthority.name,
      region: s.localAuthority.region,
      periodId: s.periodKey,
      metrics: asRecord(asRecord(section("metrics")).metrics),
      services: asRecords(asRecord(section("services")).services),
    });
  }
  const latestPlans = new Map<string, PlanHubsInput>();
  for (const p of plans) {
    latestPlans.set(p.localAuthorityGss, { localAuthorityGss: p.localAuthorityGss, region: p.localAuthority.region, hubs: asRecords(asRecord(p.sections[0]?.data).hubs) });
  }
  const known: KnownLocalAuthority[] = authorities.map((a) => ({ localAuthorityGss: a.gssCode, name: a.name, region: a.region }));
  return { localAuthorities: known, returns: [...latest.values()], plans: [...latestPlans.values()] };
}
