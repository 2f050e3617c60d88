import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getStrand } from "@/catalogue/lookup";
import type { TPlanTrailblazerCommitments } from "@/schemas/plan/trailblazer-commitments";
import { loadEditablePlanSection, PlanSectionFrame } from "../section-page";
import { TrailblazerCommitmentsForm } from "./trailblazer-commitments-form";
import { YEAR_ONE_END } from "@/catalogue/deadlines";
import { formatDate } from "@/domain/dates";

export const metadata: Metadata = { title: "Trailblazer commitments" };

export default async function TrailblazerCommitmentsPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const page = await loadEditablePlanSection((await params).gssCode, "trailblazer-commitments");
  // Only trailblazers' plans have this section.
  if (!page.context.isTrailblazer || page.context.trailblazerStrands.length === 0) notFound();
  return (
    <PlanSectionFrame gssCode={page.la.gssCode} laName={page.la.name} title="Trailblazer commitments" comment={page.comment}>
      <p className="govuk-body">As a trailblazer, you go further and faster in the first year. Say what families will see in each of your trailblazer strands by {formatDate(YEAR_ONE_END)}.</p>
      <TrailblazerCommitmentsForm
        action={page.save()}
        version={page.version}
        strands={page.context.trailblazerStrands.map((id) => ({ id, name: getStrand(id).name }))}
        saved={page.data as TPlanTrailblazerCommitments | undefined}
      />
    </PlanSectionFrame>
  );
}
