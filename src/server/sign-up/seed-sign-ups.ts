import { FUNDING_LINES } from "@/catalogue/funding";
import type { TrailblazerStrand } from "@/catalogue/cohorts";
import { topUpAllocationsFor } from "@/domain/selection/rules";
import { demoSignUpDocument, type DemoSignUpOptions } from "@/domain/sign-up/demo";
import { signableSnapshot } from "@/domain/submissions/snapshot";
import { SIGN_UP_DECLARATION } from "@/domain/sign-up/definition";
import { catalogueVersion } from "@/catalogue/version";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { DEMO_LOCAL_AUTHORITIES } from "@/server/db/demo-users";
import { receiveTrailblazerApplications } from "@/server/selection/receive-applications";
import { SIGN_UP_PERIOD } from "./sign-up-kind";

// Demo sign-ups and indicative allocations, for the lead's seed (demo mode only). Idempotent: an LA that
// already has a sign-up or allocations is left as it is.
//   Blackpool (E06000009): signed up in August 2022 with a trailblazer application for all three strands;
//     approved; selected in wave 1 for all three, so it has its 2022-23 top-ups.
//   Barking and Dagenham (E09000002): signed up in October 2022 asking for EIF support; submitted, awaiting review.
//   Barnsley (E08000016): deliberately not signed up, so the demo (and e2e/sign-up.spec.ts) can sign it up.
// The sign-ups are written directly, dated 2022: the engine would rightly refuse them as late today.

const YEARS = ["2022-23", "2023-24", "2024-25"] as const;

/** Leaf funding lines paid to LAs (a parent line's money is recorded on its parts). */
const SEED_LINES = FUNDING_LINES.filter((l) => l.allocatedToLocalAuthorities && !FUNDING_LINES.some((c) => c.parentId === l.id));

/** A plausible indicative amount in whole pounds, scaled per LA so the three differ. */
function indicativePence(lineIndex: number, yearIndex: number, scale: number): number {
  const pounds = Math.round((180_000 + lineIndex * 95_000 + yearIndex * 40_000) * scale);
  return pounds * 100;
}

interface SeedSignUp {
  gssCode: string;
  laName: string;
  options: DemoSignUpOptions;
  submittedAt: Date;
  status: "SUBMITTED" | "APPROVED";
  selectedStrands?: TrailblazerStrand[];
  scale: number;
}

const SEED: SeedSignUp[] = [
  {
    gssCode: DEMO_LOCAL_AUTHORITIES.blackpool.gssCode,
    laName: "Blackpool",
    options: { laName: "Blackpool", signedOn: "2022-08-15", trailblazerStrands: ["perinatal-mental-health", "infant-feeding", "parenting"], researchInterest: true },
    submittedAt: new Date("2022-08-25T10:00:00Z"),
    status: "APPROVED",
    selectedStrands: ["perinatal-mental-health", "infant-feeding", "parenting"],
    scale: 1.2,
  },
  {
    gssCode: DEMO_LOCAL_AUTHORITIES.barkingAndDagenham.gssCode,
    laName: "Barking and Dagenham",
    options: { laName: "Barking and Dagenham", signedOn: "2022-10-10", eifSupport: true },
    submittedAt: new Date("2022-10-20T14:00:00Z"),
    status: "SUBMITTED",
    scale: 1.05,
  },
];

export async function seedSignUps(db: Db): Promise<{ signUps: number; allocations: number }> {
  const reviewer = await db.user.findFirst({ where: { role: "DEPARTMENT_REVIEWER", deactivatedAt: null }, select: { id: true } });
  const signer = async (gssCode: string) => db.user.findFirst({ where: { localAuthorityGss: gssCode, role: "ACCOUNTABLE_LEAD" }, select: { id: true } });
  let signUps = 0;
  for (const seed of SEED) {
    const la = await db.localAuthority.findUnique({ where: { gssCode: seed.gssCode }, select: { gssCode: true } });
    if (!la) continue;
    const existing = await db.submission.count({ where: { kind: "SIGN_UP", localAuthorityGss: seed.gssCode, periodKey: SIGN_UP_PERIOD } });
    if (existing > 0) continue;
    const document = demoSignUpDocument(seed.options);
    const snapshot = signableSnapshot({ kind: "SIGN_UP", localAuthorityGss: seed.gssCode, periodKey: SIGN_UP_PERIOD, revision: 1, catalogueVersion, document });
    const signerId = (await signer(seed.gssCode))?.id ?? reviewer?.id ?? "seed";
    await db.$transaction(async (tx) => {
      await tx.submission.create({
        data: {
          kind: "SIGN_UP",
          localAuthorityGss: seed.gssCode,
          periodKey: SIGN_UP_PERIOD,
          status: seed.status,
          version: seed.status === "APPROVED" ? 4 : 3,
          catalogueVersion,
          createdAt: new Date(seed.submittedAt.getTime() - 10 * 86_400_000),
          sentForSignOffAt: new Date(seed.submittedAt.getTime() - 86_400_000),
          submittedAt: seed.submittedAt,
          decidedAt: seed.status === "APPROVED" ? new Date(seed.submittedAt.getTime() + 7 * 86_400_000) : null,
          sections: { create: Object.entries(document).map(([key, data]) => ({ key, data: data as Prisma.InputJsonValue })) },
          signOffs: {
            create: { signerId, decision: "SIGNED", declaration: SIGN_UP_DECLARATION, snapshot: JSON.parse(snapshot.text) as Prisma.InputJsonValue, snapshotSha256: snapshot.sha256, createdAt: seed.submittedAt },
          },
          ...(seed.status === "APPROVED" && reviewer ? { reviews: { create: { reviewerId: reviewer.id, decision: "APPROVED", summary: "A complete sign-up." } } } : {}),
        },
      });
      if (seed.options.eifSupport) await tx.localAuthority.update({ where: { gssCode: seed.gssCode }, data: { hasEifSupport: true } });
    });
    signUps += 1;
  }
  await receiveTrailblazerApplications(db);

  for (const seed of SEED) {
    if (!seed.selectedStrands?.length) continue;
    const decided = await db.trailblazerDecision.count({ where: { localAuthorityGss: seed.gssCode } });
    const application = await db.trailblazerApplication.findUnique({ where: { localAuthorityGss: seed.gssCode }, select: { wave: true } });
    if (decided > 0 || !application) continue;
    await db.$transaction(async (tx) => {
      for (const strand of seed.selectedStrands ?? []) {
        await tx.trailblazerDecision.create({
          data: { localAuthorityGss: seed.gssCode, strand, wave: application.wave, decision: "SELECTED", feedback: "A strong, deliverable plan with clear proposals for sharing expertise.", decidedById: reviewer?.id ?? "seed" },
        });
      }
      for (const t of topUpAllocationsFor(seed.selectedStrands ?? [])) {
        await tx.allocation.upsert({
          where: { localAuthorityGss_financialYear_fundingLineId_source: { localAuthorityGss: seed.gssCode, financialYear: t.financialYear, fundingLineId: t.fundingLineId, source: "TRAILBLAZER_TOP_UP" } },
          create: { localAuthorityGss: seed.gssCode, financialYear: t.financialYear, fundingLineId: t.fundingLineId, source: "TRAILBLAZER_TOP_UP", amountPence: t.amountPence },
          update: {},
        });
      }
      await tx.localAuthority.update({ where: { gssCode: seed.gssCode }, data: { isTrailblazer: true } });
    });
  }

  let allocations = 0;
  const demoLas = Object.values(DEMO_LOCAL_AUTHORITIES).map((d, i) => ({ gssCode: d.gssCode, scale: SEED.find((s) => s.gssCode === d.gssCode)?.scale ?? 0.9 + i * 0.01 }));
  for (const { gssCode, scale } of demoLas) {
    const la = await db.localAuthority.findUnique({ where: { gssCode }, select: { gssCode: true } });
    if (!la || (await db.allocation.count({ where: { localAuthorityGss: gssCode, source: "INDICATIVE" } })) > 0) continue;
    const rows = SEED_LINES.flatMap((line, lineIndex) =>
      YEARS.filter((fy) => line.release.some((r) => r.financialYear === fy)).map((financialYear) => ({
        localAuthorityGss: gssCode,
        financialYear,
        fundingLineId: line.id,
        amountPence: indicativePence(lineIndex, YEARS.indexOf(financialYear), scale),
        source: "INDICATIVE" as const,
      })),
    );
    const created = await db.allocation.createMany({ data: rows, skipDuplicates: true });
    allocations += created.count;
  }
  return { signUps, allocations };
}
