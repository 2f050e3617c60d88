import type { ReactNode } from "react";
import { BackLink } from "@/components/back-link";
import { InsetText } from "@/components/inset-text";
import { PageHeading } from "@/components/page-heading";

/**
 * The frame of a page that edits part of a submission (a plan, return or statement section, one hub, one
 * strand): back link, heading, and the reviewer's comment when the submission was returned.
 * `wide` uses the full width, for pages with long lists of options.
 */
export function SectionPageFrame({
  backHref,
  backText,
  caption,
  title,
  comment,
  wide = false,
  children,
}: {
  backHref: string;
  backText: string;
  caption: string;
  title: string;
  comment?: { reason: string };
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <BackLink href={backHref}>{backText}</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className={wide ? "govuk-grid-column-full" : "govuk-grid-column-two-thirds"}>
            <PageHeading caption={caption}>{title}</PageHeading>
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
