import type { ReactNode } from "react";

export interface SkipLinkProps {
  /** Fragment of the main content. `<main id="main-content">` by default. */
  href?: string;
  children?: ReactNode;
}

/** First focusable element on the page; visible only when focused. */
export function SkipLink({ href = "#main-content", children = "Skip to main content" }: SkipLinkProps) {
  return (
    <a
      href={href}
      className="govuk-font-16 sr-only block text-govuk-text print:hidden focus:not-sr-only focus:block! focus:px-[15px]! focus:py-[10px]! focus:bg-govuk-focus focus:underline focus:shadow-none focus:outline-[3px] focus:outline-offset-0 focus:outline-govuk-focus"
    >
      {children}
    </a>
  );
}
