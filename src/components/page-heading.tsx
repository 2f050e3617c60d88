import type { ReactNode } from "react";
import { cx } from "./class-names";

export type HeadingSize = "xl" | "l" | "m";

export interface PageHeadingProps {
  children: ReactNode;
  /** Section caption shown above the heading (inside the h1, as GOV.UK). */
  caption?: ReactNode;
  /** GOV.UK heading size; defaults to "l" (question and content pages). */
  size?: HeadingSize;
  id?: string;
  className?: string;
}

const headingClasses: Record<HeadingSize, string> = {
  xl: "govuk-heading-xl",
  l: "govuk-heading-l",
  m: "govuk-heading-m",
};

const captionClasses: Record<HeadingSize, string> = {
  xl: "govuk-caption-xl",
  l: "govuk-caption-l",
  m: "govuk-caption-m",
};

/** The page's single h1. */
export function PageHeading({ children, caption, size = "l", id, className }: PageHeadingProps) {
  return (
    <h1 id={id} className={cx(headingClasses[size], className)}>
      {caption !== undefined && <span className={captionClasses[size]}>{caption}</span>}
      {children}
    </h1>
  );
}
