import { canonicalJson } from "./snapshot";
import type { SectionDefinition, SectionProgress, SubmissionDocument } from "./types";

export type TaskStatus = SectionProgress | "Changes requested";

export interface TaskItem {
  key: string;
  title: string;
  status: TaskStatus;
}

/**
 * The task list, derived from the saved data. A section a reviewer returned shows
 * "Changes requested" until the LA changes it.
 */
export function taskListItems(
  sections: readonly SectionDefinition[],
  document: SubmissionDocument,
  returned?: { commentedSections: readonly string[]; documentAsReturned: SubmissionDocument },
): TaskItem[] {
  return sections.map((section) => {
    const data = document[section.key];
    const untouchedSinceReturn =
      returned?.commentedSections.includes(section.key) && canonicalJson(returned.documentAsReturned[section.key] ?? null) === canonicalJson(data ?? null);
    return { key: section.key, title: section.title, status: untouchedSinceReturn ? "Changes requested" : section.progress(data) };
  });
}

export function completedCount(items: readonly TaskItem[]): number {
  return items.filter((i) => i.status === "Completed").length;
}
