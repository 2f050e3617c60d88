import type { ReactNode } from "react";
import { ErrorTitle } from "./error-title";
import { FocusOnMount } from "./focus-on-mount";
import type { ErrorSummaryItem } from "./form-errors";

export interface ErrorSummaryProps {
  /** Links to the fields in error, in page order. Build with `errorSummaryItems()`. */
  errors: readonly ErrorSummaryItem[];
  title?: ReactNode;
  description?: ReactNode;
  /** Move focus to the summary after hydration (GOV.UK behaviour). Defaults to true. */
  autoFocus?: boolean;
  id?: string;
}

/**
 * Error summary: put it at the top of <main>, before the h1. Renders nothing when there are no errors.
 * Focusable (tabIndex -1) and focused on mount by a tiny client component; no role="alert".
 */
export function ErrorSummary({
  errors,
  title = "There is a problem",
  description,
  autoFocus = true,
  id = "error-summary",
}: ErrorSummaryProps) {
  if (errors.length === 0 && !description) return null;
  const titleId = `${id}-title`;
  return (
    <div
      id={id}
      tabIndex={-1}
      className="govuk-font-19 mb-[30px] border-[5px] border-govuk-error p-[15px] text-govuk-text focus:outline-[3px] focus:outline-offset-0 focus:outline-govuk-focus sm:mb-[50px] sm:p-[20px]"
    >
      <h2 id={titleId} className="govuk-font-24 mt-0 mb-[15px] font-bold text-govuk-text sm:mb-[20px]">
        {title}
      </h2>
      <div className="[&>:last-child]:mb-0">
        {description && <div className="mb-[15px] sm:mb-[20px]">{description}</div>}
        {errors.length > 0 && (
          <ul className="m-0 list-none p-0">
            {errors.map((error) => (
              <li key={`${error.href}-${error.text}`} className="mb-[5px] last:mb-0">
                <a
                  href={error.href}
                  className="font-bold text-govuk-error hover:text-govuk-link-hover active:text-govuk-link-active focus:text-govuk-focus-text"
                >
                  {error.text}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      {autoFocus && <FocusOnMount targetId={id} />}
      <ErrorTitle />
    </div>
  );
}
