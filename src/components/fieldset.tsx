import type { ReactNode } from "react";
import { cx } from "./class-names";

export type LegendSize = "s" | "m" | "l" | "xl";

const legendClasses: Record<LegendSize | "default", string> = {
  default: "govuk-font-19 mb-[10px]",
  s: "govuk-font-19 mb-[10px] font-bold",
  m: "govuk-font-24 mb-[15px] font-bold",
  l: "govuk-font-36 mb-[15px] font-bold",
  xl: "govuk-font-48 mb-[15px] font-bold",
};

export interface FieldsetProps {
  legend: ReactNode;
  children: ReactNode;
  /** Put the legend text in the page's h1 (single-question pages). */
  legendAsHeading?: boolean;
  /** Defaults to "l" when `legendAsHeading`, regular 19px otherwise. */
  legendSize?: LegendSize;
  /** Space-separated ids of hint/error elements. */
  describedBy?: string;
  id?: string;
  className?: string;
  role?: "group";
}

export function Fieldset({
  legend,
  children,
  legendAsHeading = false,
  legendSize,
  describedBy,
  id,
  className,
  role,
}: FieldsetProps) {
  return (
    <fieldset id={id} role={role} aria-describedby={describedBy} className={cx("m-0 min-w-0 border-0 p-0", className)}>
      <legend
        className={cx(
          "box-border table max-w-full p-0 whitespace-normal text-govuk-text",
          legendClasses[legendSize ?? (legendAsHeading ? "l" : "default")],
        )}
      >
        {legendAsHeading ? <h1 className="m-0 [font-size:inherit] [font-weight:inherit] [line-height:inherit]">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
