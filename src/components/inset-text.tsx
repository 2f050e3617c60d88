import type { ReactNode } from "react";

/** Inset text: grey left border, for quotes, examples and additional information. */
export function InsetText({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div
      id={id}
      className="govuk-font-19 my-[20px] border-l-[10px] border-govuk-border p-[15px] text-govuk-text clear-both sm:my-[30px] [&>:first-child]:mt-0 [&>:last-child]:mb-0"
    >
      {children}
    </div>
  );
}
