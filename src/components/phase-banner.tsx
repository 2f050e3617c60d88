import type { ReactNode } from "react";
import { Tag } from "./tag";

export interface PhaseBannerProps {
  /** Phase name shown in the tag. Defaults to "Beta". */
  phase?: string;
  /** Link to the feedback page or form. Ignored when `children` is given. */
  feedbackHref?: string;
  /** Replaces the default banner text. */
  children?: ReactNode;
}

/** Phase banner. Place it inside the width container, directly after the header. */
export function PhaseBanner({ phase = "Beta", feedbackHref = "/feedback", children }: PhaseBannerProps) {
  return (
    <div className="border-b border-govuk-border py-[10px] print:hidden">
      <p className="govuk-font-16 m-0! flex items-start gap-x-[10px] text-govuk-text">
        <Tag size="small" className="shrink-0">{phase}</Tag>
        <span className="self-center">
          {children ?? (
            <>
              This is a new service. Help us improve it and <a href={feedbackHref}>give your feedback</a>.
            </>
          )}
        </span>
      </p>
    </div>
  );
}
