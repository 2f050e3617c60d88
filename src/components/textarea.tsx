import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, joinIds } from "./class-names";
import { ErrorMessage } from "./error-message";
import { FormGroup } from "./form-group";
import { Hint } from "./hint";
import { inputBorder } from "./input-styles";
import { Label, type LabelSize } from "./label";

export interface TextareaProps extends Omit<ComponentPropsWithRef<"textarea">, "id" | "name"> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelAsHeading?: boolean;
  labelSize?: LabelSize;
  formGroupClassName?: string;
}

/** Multi-line text input. Native props (`ref`, `maxLength`, `onChange`...) pass through. */
export function Textarea({
  id,
  name,
  label,
  hint,
  error,
  labelAsHeading,
  labelSize,
  formGroupClassName,
  className,
  rows = 5,
  "aria-describedby": ariaDescribedBy,
  ...rest
}: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormGroup hasError={Boolean(error)} className={formGroupClassName}>
      <Label htmlFor={id} asHeading={labelAsHeading} size={labelSize}>
        {label}
      </Label>
      {hint && <Hint id={hintId ?? ""}>{hint}</Hint>}
      {error && <ErrorMessage id={errorId ?? ""}>{error}</ErrorMessage>}
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-describedby={joinIds(ariaDescribedBy, hintId, errorId)}
        aria-invalid={error ? true : undefined}
        className={cx(
          "govuk-font-19 govuk-focus-input m-0 box-border block min-h-10 w-full resize-y appearance-none rounded-none border-2 bg-white p-[5px] text-govuk-text",
          inputBorder(Boolean(error)),
          className,
        )}
        {...rest}
      />
    </FormGroup>
  );
}
