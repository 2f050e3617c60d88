import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";
import { inputBorder } from "./input-styles";
import { LabelledField, splitLabelledFieldProps, type LabelledFieldProps } from "./labelled-field";

export interface TextareaProps extends Omit<ComponentPropsWithRef<"textarea">, "id" | "name">, LabelledFieldProps {}

/** Multi-line text input. Native props (`ref`, `maxLength`, `onChange`...) pass through. */
export function Textarea({ className, rows = 5, ...props }: TextareaProps) {
  const [field, rest] = splitLabelledFieldProps(props);
  return (
    <LabelledField {...field}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          className={cx(
            "govuk-font-19 govuk-focus-input m-0 box-border block min-h-10 w-full resize-y appearance-none rounded-none border-2 bg-white p-[5px] text-govuk-text",
            inputBorder(Boolean(field.error)),
            className,
          )}
          {...rest}
        />
      )}
    </LabelledField>
  );
}
