import type { ReactNode } from "react";

export interface PanelProps {
  title: ReactNode;
  /** Body text, e.g. "Your reference number<br><strong>HDJ2123F</strong>". */
  children?: ReactNode;
  /** Defaults to 1: the confirmation panel normally holds the page's h1. */
  headingLevel?: 1 | 2;
}

/** Green confirmation panel for the end of a transaction. */
export function Panel({ title, children, headingLevel = 1 }: PanelProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="mb-[15px] box-border border-[5px] border-transparent bg-govuk-success px-[10px] py-[20px] text-center text-white sm:p-[35px] print:border-black print:bg-white print:text-black">
      <Heading className="govuk-font-48 mt-0 mb-[30px] font-bold text-[inherit] last:mb-0">{title}</Heading>
      {children && <div className="govuk-font-36 wrap-break-word">{children}</div>}
    </div>
  );
}
