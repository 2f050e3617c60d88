import type { ReactNode } from "react";

export interface DetailsProps {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  id?: string;
}

/** Native <details>: works without JavaScript. */
export function Details({ summary, children, open, id }: DetailsProps) {
  return (
    <details id={id} open={open} className="group/details govuk-font-19 mb-[20px] block text-govuk-text sm:mb-[30px]">
      <summary
        className={[
          "group/summary relative mb-[5px] inline-block cursor-pointer list-none pl-[25px] text-govuk-link hover:text-govuk-link-hover [&::-webkit-details-marker]:hidden",
          "before:absolute before:top-[-1px] before:bottom-0 before:left-0 before:m-auto before:block before:h-0 before:w-0 before:border-solid before:border-transparent before:content-['']",
          "before:border-y-[7px] before:border-r-0 before:border-l-[12.124px] before:border-l-current before:[clip-path:polygon(0%_0%,100%_50%,0%_100%)]",
          "group-open/details:before:border-x-[7px] group-open/details:before:border-t-[12.124px] group-open/details:before:border-b-0 group-open/details:before:border-x-transparent group-open/details:before:border-t-current group-open/details:before:[clip-path:polygon(0%_0%,50%_100%,100%_0%)]",
          "focus:bg-govuk-focus focus:text-govuk-focus-text focus:shadow-[0_-2px_#ffdd00,0_4px_#0b0c0c] focus:outline-[3px] focus:outline-transparent",
        ].join(" ")}
      >
        <span className="underline decoration-[max(1px,0.0625rem)] underline-offset-[0.1578em] group-hover/summary:decoration-[3px] group-focus/summary:no-underline">
          {summary}
        </span>
      </summary>
      <div className="border-l-[5px] border-govuk-border py-[15px] pl-[20px] [&>:last-child]:mb-0">{children}</div>
    </details>
  );
}
