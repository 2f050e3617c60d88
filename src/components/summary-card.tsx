import type { ReactNode } from "react";
import { ActionLink, type ActionLinkItem } from "./action-link";

export interface SummaryCardProps {
  title: ReactNode;
  /** Plain-text title appended (visually hidden) to each action, e.g. "Delete (Family hub A)". */
  titleText?: string;
  titleLevel?: 2 | 3 | 4;
  actions?: readonly ActionLinkItem[];
  /** Usually a <SummaryList>. Its bottom margin and last border are removed inside the card. */
  children: ReactNode;
}

export function SummaryCard({ title, titleText, titleLevel = 2, actions = [], children }: SummaryCardProps) {
  const Title = `h${titleLevel}` as const;
  return (
    <div className="mb-[20px] border border-govuk-border sm:mb-[30px]">
      <div className="border-b border-transparent bg-govuk-light-grey px-[15px] py-[15px] sm:flex sm:flex-nowrap sm:items-start sm:justify-between sm:px-[20px]">
        <Title className="govuk-font-19 m-0 mb-[5px] font-bold text-govuk-text sm:mr-[20px] sm:mb-0">{title}</Title>
        {actions.length > 0 && (
          <ul className="govuk-font-19 m-0 flex list-none flex-wrap gap-y-[10px] p-0 font-bold sm:justify-end sm:text-right">
            {actions.map((action) => (
              <li
                key={action.href}
                className="border-govuk-border pr-[10px] pl-[10px] first:pl-0 last:pr-0 [&:not(:last-child)]:border-r"
              >
                <ActionLink
                  item={{
                    ...action,
                    visuallyHiddenText: [action.visuallyHiddenText, titleText && `(${titleText})`].filter(Boolean).join(" ") || undefined,
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="px-[15px] py-[15px] sm:px-[20px] sm:pb-[5px] [&_dl]:mb-0 [&_dl>div:last-child]:border-b-0">{children}</div>
    </div>
  );
}
