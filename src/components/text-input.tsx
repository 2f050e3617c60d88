import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, joinIds } from "./class-names";
import { ErrorMessage } from "./error-message";
import { FormGroup } from "./form-group";
import { Hint } from "./hint";
import { inputBase, inputBorder, inputWidthClasses, type InputWidth } from "./input-styles";
import { Label, type LabelSize } from "./label";

export interface TextInputProps extends Omit<ComponentPropsWithRef<"input">, "id" | "name" | "prefix"> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelAsHeading?: boolean;
  labelSize?: LabelSize;
  /** Defaults to "full". Numbers are GOV.UK character widths. */
  width?: InputWidth;
  /** Text shown before the input, e.g. "£" (hidden from screen readers). */
  prefix?: string;
  /** Text shown after the input, e.g. "per item" (hidden from screen readers). */
  suffix?: string;
  formGroupClassName?: string;
}

const affix = "govuk-font-19 box-border inline-block h-10 min-w-10 shrink-0 border-2 border-govuk-input-border bg-govuk-light-grey p-[5px] text-center whitespace-nowrap";

/**
 * Text input with label, hint and error message. `ref`, `onChange`, `onBlur` and any other
 * native input props pass through, so `{...register("field")}` from react-hook-form works.
 */
export function TextInput({
  id,
  name,
  label,
  hint,
  error,
  labelAsHeading,
  labelSize,
  width = "full",
  prefix,
  suffix,
  formGroupClassName,
  className,
  type = "text",
  "aria-describedby": ariaDescribedBy,
  ...rest
}: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const input = (
    <input
      id={id}
      name={name}
      type={type}
      aria-describedby={joinIds(ariaDescribedBy, hintId, errorId)}
      aria-invalid={error ? true : undefined}
      className={cx(inputBase, inputWidthClasses[`${width}`], inputBorder(Boolean(error)), (prefix || suffix) && "min-w-0 grow-0", className)}
      {...rest}
    />
  );
  return (
    <FormGroup hasError={Boolean(error)} className={formGroupClassName}>
      <Label htmlFor={id} asHeading={labelAsHeading} size={labelSize}>
        {label}
      </Label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      {prefix || suffix ? (
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
      ) : (
        input
      )}
    </FormGroup>
  );
}
