import type { ReactNode } from "react";
import { cx } from "./class-names";

export interface HintProps {
  id: string;
  children: ReactNode;
  className?: string;
}

/** Hint text. Reference its id from the field's aria-describedby. */
export function Hint({ id, children, className }: HintProps) {
  return (
    <div id={id} className={cx("govuk-font-19 mb-[15px] text-govuk-secondary-text", className)}>
      {children}
    </div>
  );
}
