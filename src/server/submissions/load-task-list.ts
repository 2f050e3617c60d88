import "server-only";
import { taskListItems } from "@/domain/submissions/task-list";
import type { SectionDefinition } from "@/domain/submissions/types";
import type { Db } from "@/server/db/client";
import { loadReturnedRevision } from "./load-returned";
import { documentOf, sectionVersions, type LoadedSubmission } from "./load-submission";

/** A submission's content and task list, marking the sections the reviewer commented on if it was returned. */
export async function loadTaskList(db: Db, submission: LoadedSubmission, sections: readonly SectionDefinition[]) {
  const document = documentOf(submission);
  const returned = await loadReturnedRevision(db, submission);
  const items = taskListItems(sections, document, returned ? { commentedSections: returned.comments.map((c) => c.sectionKey), documentAsReturned: returned.documentAsReturned } : undefined);
  return { document, versions: sectionVersions(submission), returned, items };
}
