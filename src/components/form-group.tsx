import type { ReactNode } from "react";
import { cx } from "./class-names";

export interface FormGroupProps {
  children: ReactNode;
  /** Adds the red left border GOV.UK uses for a field with an error. */
  hasError?: boolean;
  className?: string;
}

/** Spacing wrapper around one question (label/legend, hint, error, control). */
export function FormGroup({ children, hasError = false, className }: FormGroupProps) {
  return (
    <div
      className={cx(
        "mb-[20px] sm:mb-[30px]",
        hasError && "border-l-[5px] border-govuk-error pl-[15px]",
        className,
      )}
    >
      {children}
    </div>
  );
}
