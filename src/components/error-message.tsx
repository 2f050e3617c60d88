import type { ReactNode } from "react";
import { cx } from "./class-names";

export interface ErrorMessageProps {
  id: string;
  children: ReactNode;
  /** Visually hidden prefix read by screen readers. */
  visuallyHiddenText?: string;
  className?: string;
}

/** Field error message. Reference its id from the field's aria-describedby. */
export function ErrorMessage({ id, children, visuallyHiddenText = "Error", className }: ErrorMessageProps) {
  return (
    <p id={id} className={cx("govuk-font-19 mt-0 mb-[15px] block font-bold text-govuk-error", className)}>
      <span className="sr-only">{visuallyHiddenText}:</span> {children}
    </p>
  );
}
