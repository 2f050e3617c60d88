/** Shared GOV.UK control styles: 2px border, 40px high, yellow focus ring. Add `inputBorder(hasError)`. */
export const inputBase =
  "govuk-font-19 govuk-focus-input box-border h-10 mt-0 rounded-none border-2 bg-white p-[5px] text-govuk-text appearance-none";

/** Black border, or red border (black again when focused) for a field with an error. */
export function inputBorder(hasError: boolean): string {
  return hasError ? "border-govuk-error focus:border-govuk-input-border" : "border-govuk-input-border";
}

export type InputWidth =
  | "full"
  | "three-quarters"
  | "two-thirds"
  | "one-half"
  | "one-third"
  | "one-quarter"
  | 30
  | 20
  | 10
  | 5
  | 4
  | 3
  | 2;

/** Character widths (`20` ≈ 20 characters) or fluid fractions of the container. */
export const inputWidthClasses: Record<`${InputWidth}`, string> = {
  full: "w-full",
  "three-quarters": "w-full sm:w-3/4",
  "two-thirds": "w-full sm:w-2/3",
  "one-half": "w-full sm:w-1/2",
  "one-third": "w-full sm:w-1/3",
  "one-quarter": "w-full sm:w-1/4",
  "30": "w-full max-w-[59ex]",
  "20": "w-full max-w-[41ex]",
  "10": "w-full max-w-[23ex]",
  "5": "w-full max-w-[10.8ex]",
  "4": "w-full max-w-[9ex]",
  "3": "w-full max-w-[7.2ex]",
  "2": "w-full max-w-[5.4ex]",
};
