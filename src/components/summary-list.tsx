import type { ReactNode } from "react";
import { ActionLink, type ActionLinkItem } from "./action-link";
import { cx } from "./class-names";

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  /** Usually one "Change" link; give `visuallyHiddenText` (e.g. "date of birth") for context. */
  actions?: readonly ActionLinkItem[];
}

export interface SummaryListProps {
  rows: readonly SummaryListRow[];
  /** Remove row borders (e.g. in a summary card-less short list). */
  noBorder?: boolean;
  className?: string;
}

/** GOV.UK summary list (<dl>): stacked on mobile, a 3-column table layout from 640px. */
export function SummaryList({ rows, noBorder = false, className }: SummaryListProps) {
  const anyActions = rows.some((row) => (row.actions?.length ?? 0) > 0);
  return (
    <dl
      className={cx(
        "govuk-font-19 m-0 mb-[20px] text-govuk-text sm:mb-[30px] sm:table sm:w-full sm:table-fixed sm:border-collapse",
        className,
      )}
    >
      {rows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            key={index}
            className={cx(
              "mb-[15px] sm:mb-0 sm:table-row",
              !noBorder && "border-b border-govuk-border",
              anyActions && actions.length === 0 && "sm:after:table-cell sm:after:w-1/5 sm:after:content-['']",
            )}
          >
            <dt className="mb-[5px] font-bold wrap-break-word sm:table-cell sm:w-[30%] sm:py-[10px] sm:pr-[20px] sm:align-top">
              {row.key}
            </dt>
            <dd className="m-0 mb-[15px] wrap-break-word sm:table-cell sm:py-[10px] sm:pr-[20px] sm:align-top [&>p]:mb-[10px] [&>:last-child]:mb-0">
              {row.value}
            </dd>
            {actions.length > 0 && (
              <dd className="m-0 mb-[15px] sm:table-cell sm:w-1/5 sm:py-[10px] sm:pr-0 sm:text-right sm:align-top">
                {actions.length === 1 ? (
                  <ActionLink item={actions[0]!} />
                ) : (
                  <ul className="m-0 list-none p-0">
                    {actions.map((action) => (
                      <li
                        key={action.href}
                        className="inline-block border-govuk-border pr-[10px] pl-[10px] first:pl-0 last:pr-0 [&:not(:last-child)]:border-r"
                      >
                        <ActionLink item={action} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
