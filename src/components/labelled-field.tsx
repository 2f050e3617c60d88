import type { ReactNode } from "react";
import { joinIds } from "./class-names";
import { FieldMessages, fieldMessageIds } from "./field-messages";
import { FormGroup } from "./form-group";
import { Label, type LabelSize } from "./label";

/** The props of a question with one labelled control: text input, textarea or select. */
export interface LabelledFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelAsHeading?: boolean;
  labelSize?: LabelSize;
  formGroupClassName?: string;
  /** The caller's own ids, read before the hint and error. */
  "aria-describedby"?: string;
}

/** What the control must carry for its label, hint and error to apply to it. */
export interface ControlAttributes {
  id: string;
  name: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

/** Separates the question's props from the native props that go on the control. */
export function splitLabelledFieldProps<P extends LabelledFieldProps>(props: P) {
  const { id, name, label, hint, error, labelAsHeading, labelSize, formGroupClassName, "aria-describedby": describedBy, ...control } = props;
  const field: LabelledFieldProps = { id, name, label, hint, error, labelAsHeading, labelSize, formGroupClassName, "aria-describedby": describedBy };
  return [field, control] as const;
}

/** Label, hint and error message above one control, in a form group. */
export function LabelledField({ children, ...field }: LabelledFieldProps & { children: (control: ControlAttributes) => ReactNode }) {
  const { id, hint, error } = field;
  const control: ControlAttributes = {
    id,
    name: field.name,
    "aria-describedby": joinIds(field["aria-describedby"], fieldMessageIds(id, hint, error)),
    "aria-invalid": error ? true : undefined,
  };
  return (
    <FormGroup hasError={Boolean(error)} className={field.formGroupClassName}>
      <Label htmlFor={id} asHeading={field.labelAsHeading} size={field.labelSize}>
        {field.label}
      </Label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children(control)}
    </FormGroup>
  );
}
