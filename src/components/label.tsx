import type { ReactNode } from "react";
import { cx } from "./class-names";

export type LabelSize = "s" | "m" | "l" | "xl";

const sizeClasses: Record<LabelSize | "default", string> = {
  default: "govuk-font-19 mb-[5px]",
  s: "govuk-font-19 mb-[5px] font-bold",
  m: "govuk-font-24 mb-[10px] font-bold",
  l: "govuk-font-36 mb-[15px] font-bold",
  xl: "govuk-font-48 mb-[15px] font-bold",
};

export interface LabelProps {
  htmlFor: string;
  children: ReactNode;
  /** Bold sizes as GOV.UK label--s/m/l/xl. Defaults to "l" when `asHeading`, regular 19px otherwise. */
  size?: LabelSize;
  /** Wrap the label in the page's h1 (single-question pages). */
  asHeading?: boolean;
  className?: string;
  id?: string;
}

export function Label({ htmlFor, children, size, asHeading = false, className, id }: LabelProps) {
  const label = (
    <label
      id={id}
      htmlFor={htmlFor}
      className={cx("block text-govuk-text", sizeClasses[size ?? (asHeading ? "l" : "default")], className)}
    >
      {children}
    </label>
  );
  return asHeading ? <h1 className="m-0">{label}</h1> : label;
}
