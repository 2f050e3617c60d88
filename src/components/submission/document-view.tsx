import type { ReactNode } from "react";
import { SummaryCard } from "@/components/summary-card";
import { Tag } from "@/components/tag";

export interface DocumentSection {
  key: string;
  title: string;
  /** The kind's read-only rendering of this section's data. */
  content: ReactNode;
  changeHref?: string;
  /** Problems the rules found here, shown on the card. */
  errors?: number;
  warnings?: number;
  /** Marked when it differs from the revision a reviewer returned. */
  changedSinceReturn?: boolean;
}

/** Every section as a GOV.UK summary card: check answers, sign-off, review and print all use it. */
export function DocumentView({ sections }: { sections: DocumentSection[] }) {
  return (
    <>
      {sections.map((section) => (
        <SummaryCard
          key={section.key}
          title={
            <>
              {section.title}
              {section.changedSinceReturn ? (
                <>
                  {" "}
                  <Tag colour="purple">Changed</Tag>
                </>
              ) : null}
              {section.errors ? (
                <>
                  {" "}
                  <Tag colour="red">{section.errors === 1 ? "1 problem" : `${section.errors} problems`}</Tag>
                </>
              ) : null}
              {section.warnings ? (
                <>
                  {" "}
                  <Tag colour="orange">{section.warnings === 1 ? "1 warning" : `${section.warnings} warnings`}</Tag>
                </>
              ) : null}
            </>
          }
          titleText={section.title}
          actions={section.changeHref ? [{ href: section.changeHref, text: "Change" }] : []}
        >
          {section.content}
        </SummaryCard>
      ))}
    </>
  );
}
