import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, joinIds } from "./class-names";
import { ErrorMessage } from "./error-message";
import { FormGroup } from "./form-group";
import { Hint } from "./hint";
import { inputBorder } from "./input-styles";
import { Label, type LabelSize } from "./label";

export interface SelectOption {
  value: string;
  text: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<ComponentPropsWithRef<"select">, "id" | "name" | "children"> {
  id: string;
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string;
  labelAsHeading?: boolean;
  labelSize?: LabelSize;
  formGroupClassName?: string;
}

/** Native select. GOV.UK advises radios where possible; use this for long lists. */
export function Select({
  id,
  name,
  label,
  options,
  hint,
  error,
  labelAsHeading,
  labelSize,
  formGroupClassName,
  className,
  "aria-describedby": ariaDescribedBy,
  ...rest
}: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormGroup hasError={Boolean(error)} className={formGroupClassName}>
      <Label htmlFor={id} asHeading={labelAsHeading} size={labelSize}>
        {label}
      </Label>
      {hint && <Hint id={hintId ?? ""}>{hint}</Hint>}
      {error && <ErrorMessage id={errorId ?? ""}>{error}</ErrorMessage>}
      <select
        id={id}
        name={name}
        aria-describedby={joinIds(ariaDescribedBy, hintId, errorId)}
        aria-invalid={error ? true : undefined}
        className={cx(
          "govuk-font-19 govuk-focus-input box-border block h-10 max-w-full min-w-[11.5em] rounded-none border-2 bg-white p-[5px] text-govuk-text",
          inputBorder(Boolean(error)),
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
    </FormGroup>
  );
}
