import type { Metadata } from "next";
import { PageHeading } from "@/components/page-heading";
import { EIF_SUPPORT, SUPER_EVALUATORS } from "@/catalogue/cohorts";
import { requireActor, requirePermission } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { SIGN_UP_PERIOD } from "@/server/sign-up/sign-up-kind";
import { CohortsForm } from "./cohorts-form";

export const metadata: Metadata = { title: "Evaluation and support cohorts" };

export default async function CohortsPage() {
  const actor = await requireActor();
  requirePermission(actor, "cohorts.manage");
  const { db } = await getDatabase();
  const signedUp = await db.submission.findMany({ where: { kind: "SIGN_UP", periodKey: SIGN_UP_PERIOD, submittedAt: { not: null } }, select: { localAuthorityGss: true }, distinct: ["localAuthorityGss"] });
  const codes = signedUp.map((s) => s.localAuthorityGss);
  const authorities = await db.localAuthority.findMany({
    where: { OR: [{ gssCode: { in: codes.length ? codes : ["-"] } }, { hasEifSupport: true }, { isSuperEvaluator: true }, { isResearchParticipant: true }, { isTrailblazer: true }] },
    select: { gssCode: true, name: true, isTrailblazer: true, hasEifSupport: true, isSuperEvaluator: true, isResearchParticipant: true },
    orderBy: { name: "asc" },
  });
  const counts = { eif: authorities.filter((a) => a.hasEifSupport).length, superEvaluators: authorities.filter((a) => a.isSuperEvaluator).length };
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading>Evaluation and support cohorts</PageHeading>
      <p>
        Early Intervention Foundation support: {counts.eif} of {EIF_SUPPORT.maxPlaces} places (never a trailblazer). Super-evaluators: {counts.superEvaluators} (the guide plans for around{" "}
        {SUPER_EVALUATORS.approxMaxPlaces}). Local authorities are listed once their sign-up is submitted.
      </p>
      <CohortsForm authorities={authorities} />
    </main>
  );
}
