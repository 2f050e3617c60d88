import type { ReactNode } from "react";

export interface WarningTextProps {
  children: ReactNode;
  /** Read by screen readers in place of the "!" icon. */
  iconFallbackText?: string;
}

/** Bold text with a "!" icon, for important legal or safety information. */
export function WarningText({ children, iconFallbackText = "Warning" }: WarningTextProps) {
  return (
    <div className="govuk-font-19 relative mb-[20px] py-[10px] sm:mb-[30px]">
      <span
        aria-hidden="true"
        className="absolute top-1/2 left-0 -mt-[17px] box-border inline-block min-h-[35px] min-w-[35px] rounded-full border-[3px] border-govuk-black bg-govuk-black text-center text-[30px] leading-[29px] font-bold text-white forced-color-adjust-none"
      >
        !
      </span>
      <strong className="block pl-[45px] font-bold text-govuk-text">
        <span className="sr-only">{iconFallbackText}</span>
        {children}
      </strong>
    </div>
  );
}
