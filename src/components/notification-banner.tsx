import type { ReactNode } from "react";
import { cx } from "./class-names";
import { FocusOnMount } from "./focus-on-mount";

export interface NotificationBannerProps {
  /** "success" confirms an action the user just took; "neutral" is for other important information. */
  variant?: "neutral" | "success";
  /** Small header text. Defaults to "Important" / "Success". */
  title?: string;
  /** Main line of the banner (24px bold). */
  heading?: ReactNode;
  children?: ReactNode;
  /** Id of the banner; the title gets `${id}-title`. */
  id?: string;
  /** Focus the banner on mount. Defaults to true for success banners (GOV.UK behaviour). */
  autoFocus?: boolean;
  /** Heading level of the title. */
  titleLevel?: 2 | 3 | 4;
}

/**
 * GOV.UK notification banner. Neutral: role="region"; success: role="alert" (focused on mount),
 * both labelled by the title. Put it at the top of <main>, before the h1. Links inside use the
 * banner colour via `[&_a]`.
 */
export function NotificationBanner({
  variant = "neutral",
  title,
  heading,
  children,
  id = "notification-banner",
  autoFocus,
  titleLevel = 2,
}: NotificationBannerProps) {
  const success = variant === "success";
  const titleId = `${id}-title`;
  const TitleTag = `h${titleLevel}` as const;
  const shouldFocus = autoFocus ?? success;
  return (
    <div
      id={id}
      role={success ? "alert" : "region"}
      aria-labelledby={titleId}
      tabIndex={shouldFocus ? -1 : undefined}
      className={cx(
        "govuk-font-19 mb-[30px] border-[5px] focus:outline-[3px] focus:outline-govuk-focus sm:mb-[50px]",
        success ? "border-govuk-success bg-govuk-success" : "border-govuk-brand bg-govuk-brand",
      )}
    >
      <div className="border-b border-transparent px-[15px] pt-[2px] pb-[5px] sm:px-[20px] sm:pb-[3px]">
        <TitleTag id={titleId} className="govuk-font-19 m-0 p-0 font-bold text-white">
          {title ?? (success ? "Success" : "Important")}
        </TitleTag>
      </div>
      <div
        className={cx(
          "bg-white p-[15px] text-govuk-text sm:p-[20px] [&>:last-child]:mb-0",
          "[&_a]:font-bold [&_a:link]:text-govuk-link [&_a:visited]:text-govuk-link [&_a:hover]:text-govuk-link-hover [&_a:active]:text-govuk-link-active [&_a:focus]:text-govuk-focus-text",
          success && "[&_a:link]:text-govuk-success! [&_a:visited]:text-govuk-success! [&_a:hover]:text-govuk-link-hover! [&_a:focus]:text-govuk-focus-text!",
        )}
      >
        {heading && <p className="govuk-font-24 m-0 mb-[15px] p-0 font-bold sm:mb-[20px]">{heading}</p>}
        {children}
      </div>
      {shouldFocus && <FocusOnMount targetId={id} />}
    </div>
  );
}
