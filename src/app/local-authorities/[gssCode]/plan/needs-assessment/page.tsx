import type { Metadata } from "next";
import type { TPlanNeedsAssessment } from "@/schemas/plan/needs-assessment";
import { loadEditablePlanSection, PlanSectionFrame } from "../section-page";
import { NeedsAssessmentForm } from "./needs-assessment-form";

export const metadata: Metadata = { title: "Local needs assessment" };

export default async function NeedsAssessmentPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const page = await loadEditablePlanSection((await params).gssCode, "needs-assessment");
  return (
    <PlanSectionFrame gssCode={page.la.gssCode} laName={page.la.name} title="Local needs assessment" comment={page.comment}>
      <NeedsAssessmentForm action={page.save()} version={page.version} saved={page.data as TPlanNeedsAssessment | undefined} />
    </PlanSectionFrame>
  );
}
