import Link from "next/link";
import type { Issue } from "@/domain/submissions/types";

/** Rule problems as a list of links to the field that needs changing, with the guidance behind each. */
export function IssueList({ issues, hrefFor, sectionTitle }: { issues: readonly Issue[]; hrefFor: (issue: Issue) => string | undefined; sectionTitle: (key: string) => string }) {
  if (issues.length === 0) return null;
  return (
    <ul className="govuk-list">
      {issues.map((issue) => {
        const href = hrefFor(issue);
        return (
          <li key={`${issue.sectionKey}:${issue.path}:${issue.code}`} className="mb-4">
            <span className="block text-govuk-secondary-text govuk-font-16">{sectionTitle(issue.sectionKey)}</span>
            {href ? <Link href={href}>{issue.message}</Link> : issue.message}
            {issue.guidanceHref && (
              // On a line of its own: inline after the problem's link, the small link was too close a target (WCAG 2.5.8).
              <span className="mt-[5px] block">
                <Link href={issue.guidanceHref} className="govuk-font-16">
                  Read the guidance<span className="sr-only"> for this problem</span>
                </Link>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
