import { findExpectation } from "@/catalogue/lookup";
import type { Issue } from "@/domain/submissions/types";
import { fieldId } from "@/schemas/form-data";

/** The page (and field) where a plan problem is fixed. Strand sections are edited one strand per page. */
export function planIssueHref(gssCode: string, issue: Pick<Issue, "sectionKey" | "path">): string {
  const base = `/local-authorities/${gssCode}/plan/${issue.sectionKey}`;
  const anchor = issue.path ? `#${fieldId(issue.path)}` : "";
  if (issue.sectionKey === "minimum-expectations" || issue.sectionKey === "go-further") {
    const strand = /^strands\.([a-z-]+)/.exec(issue.path)?.[1] ?? findExpectation(/^(?:expectations|chosen)\[([^\]]+)\]/.exec(issue.path)?.[1] ?? "")?.strand;
    return strand ? `${base}/${strand}${anchor}` : base;
  }
  if (issue.sectionKey === "hubs") {
    const index = /^hubs\[(\d+)\]/.exec(issue.path)?.[1];
    return index === undefined ? base : `${base}/${index}${anchor}`;
  }
  return `${base}${anchor}`;
}
