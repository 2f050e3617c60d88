import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { expectationsFor, STRANDS } from "@/catalogue/lookup";
import { SectionPageFrame } from "@/components/submission/section-page-frame";
import { formatDate } from "@/domain/dates";
import type { TPlanMinimumExpectations } from "@/schemas/plan/minimum-expectations";
import { planPath } from "@/server/plans/load-plan-page";
import { CHANNEL_LABELS } from "@/app/catalogue/catalogue-labels";
import { loadEditablePlanSection } from "../../section-page";
import { StrandExpectationsForm } from "./strand-expectations-form";

export const metadata: Metadata = { title: "Minimum expectations" };

export default async function StrandExpectationsPage({ params }: { params: Promise<{ gssCode: string; strand: string }> }) {
  const { gssCode, strand: strandId } = await params;
  const strand = STRANDS.find((s) => s.id === strandId);
  const minimums = strand ? expectationsFor({ strand: strand.id, kind: "minimum" }) : [];
  if (!strand || minimums.length === 0) notFound();
  const page = await loadEditablePlanSection(gssCode, "minimum-expectations");
  const data = page.data as TPlanMinimumExpectations | undefined;
  const indexPath = planPath(page.la.gssCode, "minimum-expectations");
  return (
    <SectionPageFrame backHref={indexPath} backText="Back to minimum expectations" caption={`${page.la.name} – minimum expectations`} title={strand.name} comment={page.comment}>
      <p className="govuk-body">You can save this page part-way through and come back to it. Each expectation needs a status before you send the plan for sign-off.</p>
      <StrandExpectationsForm
        action={page.save(indexPath)}
        version={page.version}
        expectations={minimums.map((e) => ({
          id: e.id,
          summary: e.summary,
          channel: e.channel === "general" ? undefined : CHANNEL_LABELS[e.channel],
          deadline: e.deadline ? formatDate(e.deadline) : undefined,
          optOutAllowed: Boolean(e.optOutAllowed),
        }))}
        saved={Object.fromEntries(minimums.flatMap((e) => (data?.expectations[e.id] ? [[e.id, data.expectations[e.id]!]] : [])))}
      />
    </SectionPageFrame>
  );
}
