import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";
import { inputBorder } from "./input-styles";
import { LabelledField, splitLabelledFieldProps, type LabelledFieldProps } from "./labelled-field";

export interface SelectOption {
  value: string;
  text: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<ComponentPropsWithRef<"select">, "id" | "name" | "children">, LabelledFieldProps {
  options: readonly SelectOption[];
}

/** Native select. GOV.UK advises radios where possible; use this for long lists. */
export function Select({ options, className, ...props }: SelectProps) {
  const [field, rest] = splitLabelledFieldProps(props);
  return (
    <LabelledField {...field}>
      {(control) => (
        <select
          {...control}
          className={cx(
            "govuk-font-19 govuk-focus-input box-border block h-10 max-w-full min-w-[11.5em] rounded-none border-2 bg-white p-[5px] text-govuk-text",
            inputBorder(Boolean(field.error)),
            className,
          )}
          {...rest}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.text}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
