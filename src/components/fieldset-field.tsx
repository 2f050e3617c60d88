import type { ReactNode } from "react";
import { FieldMessages, fieldMessageIds } from "./field-messages";
import { Fieldset, type FieldsetProps, type LegendSize } from "./fieldset";
import { FormGroup } from "./form-group";

/** The props of a question asked with a legend: radios, checkboxes or a date input. */
export interface FieldsetFieldProps {
  /** Question id: the hint and error message take `${id}-hint` and `${id}-error`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  legendAsHeading?: boolean;
  legendSize?: LegendSize;
  formGroupClassName?: string;
}

/** Separates the question's props from the native props that go on every input. */
export function splitFieldsetFieldProps<P extends FieldsetFieldProps>(props: P) {
  const { id, legend, hint, error, legendAsHeading, legendSize, formGroupClassName, ...inputProps } = props;
  const field: FieldsetFieldProps = { id, legend, hint, error, legendAsHeading, legendSize, formGroupClassName };
  return [field, inputProps] as const;
}

/** Legend, hint and error message over a group of controls, in a form group; the fieldset is described by the hint and error. */
export function FieldsetField({
  id,
  legend,
  hint,
  error,
  legendAsHeading,
  legendSize,
  formGroupClassName,
  fieldset,
  children,
}: FieldsetFieldProps & { fieldset?: Pick<FieldsetProps, "id" | "role">; children: ReactNode }) {
  return (
    <FormGroup hasError={Boolean(error)} className={formGroupClassName}>
      <Fieldset {...fieldset} legend={legend} legendAsHeading={legendAsHeading} legendSize={legendSize} describedBy={fieldMessageIds(id, hint, error)}>
        <FieldMessages id={id} hint={hint} error={error} />
        {children}
      </Fieldset>
    </FormGroup>
  );
}
