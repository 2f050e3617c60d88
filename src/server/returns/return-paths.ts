import { findExpectation } from "@/catalogue/lookup";
import { locateMetricPath, METRIC_GROUPS } from "@/domain/return/return-metrics";
import type { Issue } from "@/domain/submissions/types";
import { fieldId } from "@/schemas/form-data";

/** A return's pages: /local-authorities/<gss>/returns/<period>/<rest…>. */
export function returnPath(gssCode: string, periodId?: string, ...rest: string[]): string {
  return ["", "local-authorities", gssCode, "returns", ...(periodId ? [periodId] : []), ...rest].join("/");
}

/** The page (and field) where a return problem is fixed: strands and metric groups have a page each. */
export function returnIssueHref(gssCode: string, periodId: string, issue: Pick<Issue, "sectionKey" | "path">): string {
  const anchor = issue.path ? `#${fieldId(issue.path)}` : "";
  const base = returnPath(gssCode, periodId, issue.sectionKey);
  if (issue.sectionKey === "minimum-expectations") {
    const strand = findExpectation(/^expectations\[([^\]]+)\]/.exec(issue.path)?.[1] ?? "")?.strand;
    return strand ? `${base}/${strand}${anchor}` : base;
  }
  if (issue.sectionKey === "metrics") {
    const metricId = /^metrics\[([^\]]+)\]/.exec(issue.path)?.[1];
    const group = metricId ? METRIC_GROUPS.find((g) => g.metricIds.includes(locateMetricPath(metricId).metricId)) : undefined;
    return group ? `${base}/${group.id}${anchor}` : base;
  }
  return `${base}${anchor}`;
}
