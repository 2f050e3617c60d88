import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { PageHeading } from "@/components/page-heading";
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

/** The common frame of a plan section page: back link, heading, the reviewer's comment if returned. */
export function PlanSectionFrame({ gssCode, laName, title, comment, children }: { gssCode: string; laName: string; title: string; comment?: { reason: string }; children: ReactNode }) {
  return (
    <>
      <BackLink href={planPath(gssCode)}>Back to your delivery plan</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <PageHeading caption={`${laName} – delivery plan`}>{title}</PageHeading>
            {comment && (
              <InsetText>
                <strong>The programme team asked for changes:</strong> {comment.reason}
              </InsetText>
            )}
            {children}
          </div>
        </div>
      </main>
    </>
  );
}
