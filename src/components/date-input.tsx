import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";
import { FieldsetField, type FieldsetFieldProps } from "./fieldset-field";
import { inputBase, inputBorder } from "./input-styles";

export const DATE_PARTS = ["day", "month", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/**
 * Naming: the inputs are named `${name}.day`, `${name}.month`, `${name}.year`, so a posted form nests them
 * as `{ day, month, year }` (see src/schemas/form-data.ts); ids are `${id}-day` etc. Link error summary items to `#${id}-day`
 * (or the first part in error: see `dateInputErrorTarget`).
 */
export function dateInputNames(name: string): Record<DatePart, string> {
  return { day: `${name}.day`, month: `${name}.month`, year: `${name}.year` };
}

/** Error summary href for a date input: the first part in error, else the day input. */
export function dateInputErrorTarget(id: string, errorParts: readonly DatePart[] = []): string {
  const first = DATE_PARTS.find((part) => errorParts.includes(part)) ?? "day";
  return `#${id}-${first}`;
}

export type DateInputPartProps = Omit<ComponentPropsWithRef<"input">, "id" | "name" | "type">;

export interface DateInputProps extends FieldsetFieldProps {
  /** Base id: the fieldset gets `id`, parts get `${id}-day` etc. */
  id: string;
  /** Base name: parts post as `${name}.day`, `${name}.month`, `${name}.year`. */
  name: string;
  /** Parts to highlight in red. All parts are highlighted when `error` is set and this is omitted. */
  errorParts?: readonly DatePart[];
  defaultValue?: Partial<Record<DatePart, string>>;
  /** Per-part native props, e.g. `{ day: register("dob-day") }` for react-hook-form. */
  inputProps?: Partial<Record<DatePart, DateInputPartProps>>;
  /** "bday" sets autocomplete="bday-day" etc. for a date of birth (WCAG 1.3.5). */
  autoComplete?: "bday";
}

const partLabels: Record<DatePart, string> = { day: "Day", month: "Month", year: "Year" };
const partWidths: Record<DatePart, string> = { day: "w-[5.4ex]", month: "w-[5.4ex]", year: "w-[9ex]" };

export function DateInput({ name, errorParts, defaultValue = {}, inputProps = {}, autoComplete, ...field }: DateInputProps) {
  const { id, error } = field;
  const names = dateInputNames(name);
  const highlighted = error ? (errorParts ?? DATE_PARTS) : [];
  return (
    <FieldsetField {...field} fieldset={{ id, role: "group" }}>
      <div className="flex flex-wrap gap-x-[20px]">
        {DATE_PARTS.map((part) => {
          const partId = `${id}-${part}`;
          const { className, ...rest } = inputProps[part] ?? {};
          const hasError = highlighted.includes(part);
          return (
            <div key={part}>
              <label htmlFor={partId} className="govuk-font-19 mb-[5px] block text-govuk-text">
                {partLabels[part]}
              </label>
              <input
                id={partId}
                name={names[part]}
                type="text"
                inputMode="numeric"
                autoComplete={autoComplete ? `${autoComplete}-${part}` : undefined}
                defaultValue={defaultValue[part]}
                aria-invalid={hasError ? true : undefined}
                className={cx(inputBase, "block", partWidths[part], inputBorder(hasError), className)}
                {...rest}
              />
            </div>
          );
        })}
      </div>
    </FieldsetField>
  );
}
