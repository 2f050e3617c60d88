import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { SectionPageFrame } from "@/components/submission/section-page-frame";
import { autosaveReturnSectionAction, saveReturnSectionAction, type ReturnSectionTarget } from "@/server/actions/returns/save-return-section";
import { loadReturnPage } from "@/server/returns/load-return-page";
import { returnPath } from "@/server/returns/return-paths";
import type { SectionPart } from "@/server/returns/section-input";

export type ReturnSectionParams = { params: Promise<{ gssCode: string; periodId: string }> };

/** Loads the return for a section page, or sends people who cannot edit it (or a section it does not have) back to the task list. */
export async function loadEditableReturnSection(gssCode: string, periodId: string, sectionKey: string, { part = null, next }: { part?: SectionPart; next?: string } = {}) {
  const page = await loadReturnPage(gssCode, periodId);
  const taskList = returnPath(page.la.gssCode, page.period.id);
  if (!page.submission || !page.editable || !page.sections.some((s) => s.key === sectionKey)) redirect(taskList);
  const self = returnPath(page.la.gssCode, page.period.id, sectionKey, ...(part ? [part.id] : []));
  const target: ReturnSectionTarget = { submissionId: page.submission.id, sectionKey, part, next: next ?? taskList, self };
  return {
    ...page,
    submission: page.submission,
    data: page.document[sectionKey],
    version: page.versions[sectionKey] ?? 0,
    comment: page.returned?.comments.find((c) => c.sectionKey === sectionKey),
    action: saveReturnSectionAction.bind(null, target),
    autosave: autosaveReturnSectionAction.bind(null, target),
    taskList,
  };
}

/** The frame of a return section page: back to the return's task list unless told otherwise. */
export function ReturnSectionFrame({
  back,
  backText = "Back to your delivery return",
  caption,
  title,
  comment,
  intro,
  children,
}: {
  back: string;
  backText?: string;
  caption: string;
  title: string;
  comment?: { reason: string };
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <SectionPageFrame backHref={back} backText={backText} caption={caption} title={title} comment={comment}>
      {intro}
      {children}
    </SectionPageFrame>
  );
}
