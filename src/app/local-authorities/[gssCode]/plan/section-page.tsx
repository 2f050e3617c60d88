import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { SectionPageFrame } from "@/components/submission/section-page-frame";
import { saveSectionAction } from "@/server/actions/submissions/save-section";
import { loadPlanPage, planPath } from "@/server/plans/load-plan-page";

export type PlanPage = Awaited<ReturnType<typeof loadPlanPage>>;

/** Loads the plan for a section page, or sends people who cannot edit it back to the task list. */
export async function loadEditablePlanSection(gssCode: string, sectionKey: string) {
  const page = await loadPlanPage(gssCode);
  if (!page.submission || !page.editable) redirect(planPath(page.la.gssCode));
  const { submission, la } = page;
  const comment = page.returned?.comments.find((c) => c.sectionKey === sectionKey);
  const save = (next = planPath(la.gssCode)) => saveSectionAction.bind(null, { kind: "PLAN", submissionId: submission.id, sectionKey, next });
  return { ...page, submission, data: page.document[sectionKey], version: page.versions[sectionKey] ?? 0, comment, save };
}

/** The frame of a plan section page: back to the plan's task list. */
export function PlanSectionFrame({ gssCode, laName, title, comment, children }: { gssCode: string; laName: string; title: string; comment?: { reason: string }; children: ReactNode }) {
  return (
    <SectionPageFrame backHref={planPath(gssCode)} backText="Back to your delivery plan" caption={`${laName} – delivery plan`} title={title} comment={comment}>
      {children}
    </SectionPageFrame>
  );
}
