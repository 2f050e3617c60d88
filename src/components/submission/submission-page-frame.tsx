import type { ReactNode } from "react";
import { PageHeading } from "@/components/page-heading";

/** The frame of a submission's own pages (task list, check answers, sign-off): breadcrumbs or a back link above, then a two-thirds column. */
export function SubmissionPageFrame({ nav, caption, title, children }: { nav: ReactNode; caption: string; title: ReactNode; children: ReactNode }) {
  return (
    <>
      {nav}
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={caption}>{title}</PageHeading>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">{children}</div>
        </div>
      </main>
    </>
  );
}
