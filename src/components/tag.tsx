import type { ReactNode } from "react";
import { cx } from "./class-names";

export const TAG_COLOURS = [
  "grey",
  "green",
  "turquoise",
  "blue",
  "light-blue",
  "purple",
  "pink",
  "red",
  "orange",
  "yellow",
] as const;
export type TagColour = (typeof TAG_COLOURS)[number];

const colourClasses: Record<TagColour, string> = {
  grey: "text-govuk-tag-grey bg-govuk-tag-grey-bg",
  green: "text-govuk-tag-green bg-govuk-tag-green-bg",
  turquoise: "text-govuk-tag-turquoise bg-govuk-tag-turquoise-bg",
  blue: "text-govuk-tag-blue bg-govuk-tag-blue-bg",
  "light-blue": "text-govuk-tag-light-blue bg-govuk-tag-light-blue-bg",
  purple: "text-govuk-tag-purple bg-govuk-tag-purple-bg",
  pink: "text-govuk-tag-pink bg-govuk-tag-pink-bg",
  red: "text-govuk-tag-red bg-govuk-tag-red-bg",
  orange: "text-govuk-tag-orange bg-govuk-tag-orange-bg",
  yellow: "text-govuk-tag-yellow bg-govuk-tag-yellow-bg",
};

export interface TagProps {
  children: ReactNode;
  /** Defaults to "blue", the GOV.UK default tag. */
  colour?: TagColour;
  /** "small" uses the 16px scale (phase banner). */
  size?: "default" | "small";
  className?: string;
  id?: string;
}

/** Status tag. Plain text (not a link); sentence case, as GOV.UK. */
export function Tag({ children, colour = "blue", size = "default", className, id }: TagProps) {
  return (
    <strong
      id={id}
      className={cx(
        size === "small" ? "govuk-font-16" : "govuk-font-19",
        "inline-block max-w-[160px] px-[8px] pt-[2px] pb-[3px] font-normal wrap-break-word no-underline outline-2 -outline-offset-2 outline-transparent",
        colourClasses[colour],
        className,
      )}
    >
      {children}
    </strong>
  );
}
