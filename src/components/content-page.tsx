import type { ReactNode } from "react";
import { PageHeading } from "./page-heading";

/** A plain page of guidance text in the two-thirds column. */
export function ContentPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>{title}</PageHeading>
          {children}
        </div>
      </div>
    </main>
  );
}
