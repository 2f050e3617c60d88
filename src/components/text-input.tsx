import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";
import { inputBase, inputBorder, inputWidthClasses, type InputWidth } from "./input-styles";
import { LabelledField, splitLabelledFieldProps, type LabelledFieldProps } from "./labelled-field";

export interface TextInputProps extends Omit<ComponentPropsWithRef<"input">, "id" | "name" | "prefix">, LabelledFieldProps {
  /** Defaults to "full". Numbers are GOV.UK character widths. */
  width?: InputWidth;
  /** Text shown before the input, e.g. "£" (hidden from screen readers). */
  prefix?: string;
  /** Text shown after the input, e.g. "per item" (hidden from screen readers). */
  suffix?: string;
}

const affix = "govuk-font-19 box-border inline-block h-10 min-w-10 shrink-0 border-2 border-govuk-input-border bg-govuk-light-grey p-[5px] text-center whitespace-nowrap";

/**
 * Text input with label, hint and error message. `ref`, `onChange`, `onBlur` and any other
 * native input props pass through, so `{...register("field")}` from react-hook-form works.
 */
export function TextInput({ width = "full", prefix, suffix, className, type = "text", ...props }: TextInputProps) {
  const [field, rest] = splitLabelledFieldProps(props);
  return (
    <LabelledField {...field}>
      {(control) => {
        const input = (
          <input
            {...control}
            type={type}
            className={cx(inputBase, inputWidthClasses[`${width}`], inputBorder(Boolean(field.error)), (prefix || suffix) && "min-w-0 grow-0", className)}
            {...rest}
          />
        );
        if (!prefix && !suffix) return input;
        return (
          <div className="flex">
            {prefix && (
              <div aria-hidden="true" className={cx(affix, "border-r-0")}>
                {prefix}
              </div>
            )}
            {input}
            {suffix && (
              <div aria-hidden="true" className={cx(affix, "border-l-0")}>
                {suffix}
              </div>
            )}
          </div>
        );
      }}
    </LabelledField>
  );
}
