import type { Metadata } from "next";
import { SectionPageFrame } from "@/components/submission/section-page-frame";
import { RemoveForm } from "@/components/plan/remove-form";
import { formatDate } from "@/domain/dates";
import { planPath } from "@/server/plans/load-plan-page";
import { fieldsWithout, loadMilestone } from "../../milestone-page";

export const metadata: Metadata = { title: "Remove a milestone" };

export default async function RemoveMilestonePage({ params }: { params: Promise<{ gssCode: string; index: string }> }) {
  const { gssCode, index } = await params;
  const { page, data, position, milestone } = await loadMilestone(gssCode, index);
  const listPath = planPath(page.la.gssCode, "milestones");
  return (
    <SectionPageFrame backHref={listPath} backText="Back to milestones" caption={`${page.la.name} – delivery plan`} title={`Are you sure you want to remove ‘${milestone?.title ?? "this milestone"}’?`}>
      {milestone && <p className="govuk-body">Due {formatDate(milestone.date)}. Any quarterly return that reported on it keeps what it said.</p>}
      <RemoveForm action={page.save(listPath)} version={page.version} fields={fieldsWithout(data, position)} submitText="Yes, remove it" cancelHref={listPath} />
    </SectionPageFrame>
  );
}
