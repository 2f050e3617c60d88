import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/domain/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { loadAnalytics } from "@/server/analytics/load-analytics";
import { loadLaInsights } from "@/server/analytics/load-la-insights";
import { loadRiskRegister } from "@/server/risks/load-risk-register";
import { createLocalAuthority, createUser } from "../support/fixtures";
import { QueryCounter } from "../support/query-counter";
import { useTestDatabase } from "../support/use-test-database";

// MI analytics, the risk register and LA insights against a real database: scope, outliers, and a number of
// queries per request that does not grow with the number of LAs.

const counter = new QueryCounter();
const { db } = useTestDatabase({ counter });
let reviewer: Actor;
let adviser: Actor;
const now = new Date("2024-01-20T12:00:00Z");
const INITIATION = "infant-feeding.breastfeeding-initiation";
const PERIODS = ["2023-24-Q1", "2023-24-Q2", "2023-24-Q3", "2023-24-Q4"];

async function addReturn(gss: string, periodKey: string, { initiation, risks = [], status = "APPROVED", revision = 1 }: { initiation: number; risks?: Prisma.InputJsonValue[]; status?: "SUBMITTED" | "APPROVED" | "DRAFT"; revision?: number }) {
  await db.submission.create({
    data: {
      kind: "DELIVERY_RETURN",
      localAuthorityGss: gss,
      periodKey,
      revision,
      status,
      catalogueVersion: "test",
      submittedAt: status === "DRAFT" ? null : now,
      sections: {
        create: [
          { key: "metrics", data: { metrics: { [INITIATION]: initiation } } },
          { key: "services", data: { services: [{ name: "Café", location: "Hub", "physical-access-types": ["walk-in"] }] } },
          { key: "risks", data: { risks } },
        ],
      },
    },
  });
}

async function addRegion(region: string, count: number, base: number) {
  const las = [];
  for (let i = 0; i < count; i++) {
    const la = await createLocalAuthority(db, { region });
    for (const p of PERIODS) await addReturn(la.gssCode, p, { initiation: base + i, risks: [{ id: `r-${i}`, title: `Staffing ${i}`, likelihood: 1 + (i % 5), impact: 4, status: "open", strand: i % 2 ? "parenting" : "infant-feeding" }] });
    las.push(la);
  }
  return las;
}

beforeAll(async () => {
  reviewer = await createUser(db, "DEPARTMENT_REVIEWER");
  adviser = await createUser(db, "REGIONAL_ADVISER", { region: "North East" });
});

describe("MI analytics", () => {
  it("flags outliers, respects the regional scope, and uses the same number of queries for 4 LAs as for 24", async () => {
    const northEast = await addRegion("North East", 4, 70);
    const metricId = INITIATION;
    const few = await counter.queriesFor(() => loadAnalytics({ db, actor: reviewer, metricId, now }));
    await addRegion("London", 20, 60);
    const many = await counter.queriesFor(() => loadAnalytics({ db, actor: reviewer, metricId, now }));
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(8); // 3 loads; Prisma adds a statement per relation it joins
    console.log(`loadAnalytics: ${few} queries for 4 LAs, ${many} for 24`);

    // A typing error in the latest period: 7.2 for 72.
    const odd = northEast[2]!;
    await db.submissionSection.updateMany({ where: { key: "metrics", submission: { localAuthorityGss: odd.gssCode, periodKey: "2023-24-Q4" } }, data: { data: { metrics: { [INITIATION]: 7.2 } } } });
    const national = await loadAnalytics({ db, actor: reviewer, metricId, now });
    expect(national.period?.id).toBe("2023-24-Q4");
    expect(national.series.localAuthorities).toHaveLength(24);
    const flagged = national.outliers.filter((o) => o.metricId === INITIATION);
    expect(flagged.map((o) => o.localAuthorityGss)).toEqual([odd.gssCode]);
    expect(flagged[0]!.reasons.map((r) => r.kind)).toEqual(["history", "change", "region"]);
    expect(national.services.accessTypes.find((t) => t.id === "walk-in")?.services).toBe(24);

    // A regional adviser asking for another region gets nothing: the region filter narrows the scope, never widens it.
    const regional = await loadAnalytics({ db, actor: adviser, metricId, now, region: "London" });
    expect(regional.series.localAuthorities).toEqual([]);
    const ownRegion = await loadAnalytics({ db, actor: adviser, metricId, now });
    expect(new Set(ownRegion.series.localAuthorities.map((l) => l.region))).toEqual(new Set(["North East"]));
    expect(ownRegion.series.regions.map((r) => r.region)).toEqual(["North East"]);
  });

  it("counts only submitted and approved returns, the latest revision of each", async () => {
    const la = await createLocalAuthority(db, { region: "South West" });
    await addReturn(la.gssCode, "2023-24-Q4", { initiation: 50, status: "APPROVED", revision: 1 });
    await addReturn(la.gssCode, "2023-24-Q3", { initiation: 99, status: "DRAFT" });
    const data = await loadAnalytics({ db, actor: reviewer, metricId: INITIATION, now, region: "South West" });
    expect(data.series.localAuthorities[0]!.values.slice(-2)).toEqual([null, 50]);
  });
});

describe("risk register", () => {
  it("lists open risks of the latest return within scope, filtered by rating and strand", async () => {
    const all = await loadRiskRegister({ db, actor: reviewer });
    expect(all.risks.length).toBeGreaterThanOrEqual(24);
    expect(all.risks[0]!.rating).toBe("red");
    const red = await loadRiskRegister({ db, actor: reviewer, rating: "red" });
    expect(red.risks.every((r) => r.rating === "red" && r.score >= 15)).toBe(true);
    const parenting = await loadRiskRegister({ db, actor: adviser, strand: "parenting" });
    expect(parenting.risks.length).toBeGreaterThan(0);
    expect(parenting.risks.every((r) => r.region === "North East" && r.strand === "parenting")).toBe(true);
    // One query for the register, whatever the number of LAs (plus none per LA).
    expect(await counter.queriesFor(() => loadRiskRegister({ db, actor: reviewer }))).toBe(await counter.queriesFor(() => loadRiskRegister({ db, actor: adviser })));
  });
});
