import type { ReactNode } from "react";

/**
 * Lines up buttons and links ("Save and continue" + "Cancel").
 * Stacks on mobile, in a row from 640px. Buttons keep their own bottom margin.
 */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col items-center sm:flex-row sm:flex-wrap sm:items-baseline sm:gap-x-[15px] [&>a:not([role=button])]:govuk-font-19 [&>a:not([role=button])]:mb-[22px] sm:[&>a:not([role=button])]:mb-[32px] [&>a:not([role=button])]:inline-block [&>a:not([role=button])]:py-[8px]">
      {children}
    </div>
  );
}
