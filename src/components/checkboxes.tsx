import type { ReactNode } from "react";
import type { ChoiceInputProps, ChoiceItem } from "./choice-item";
import { ChoiceList } from "./choice-list";
import { FieldMessages, fieldMessageIds } from "./field-messages";
import { FieldsetField, splitFieldsetFieldProps, type FieldsetFieldProps } from "./fieldset-field";
import { FormGroup } from "./form-group";

export interface CheckboxesProps extends ChoiceInputProps, Omit<FieldsetFieldProps, "legend"> {
  /** Group id: used for hint/error ids and as the first checkbox's id (link here from the error summary). */
  id: string;
  /** Every checkbox posts under this name; read all values with `formData.getAll(name)`. */
  name: string;
  /** Omit only for a single stand-alone checkbox (hint/error are then described on the input). */
  legend?: ReactNode;
  items: readonly ChoiceItem[];
  /** Values checked on first render. */
  defaultValue?: readonly string[];
}

/** Checkboxes, in a fieldset when there is a legend. Extra native props go on every checkbox. */
export function Checkboxes({ name, legend, items, defaultValue = [], ...props }: CheckboxesProps) {
  const [field, inputProps] = splitFieldsetFieldProps({ ...props, legend });
  const { id, hint, error } = field;
  const hasFieldset = legend !== undefined && legend !== null;
  const list = (describedBy?: string) => (
    <ChoiceList
      type="checkbox"
      groupId={id}
      name={name}
      items={items}
      isChecked={(value) => defaultValue.includes(value)}
      describedBy={describedBy}
      inputProps={inputProps}
    />
  );
  if (hasFieldset) return <FieldsetField {...field}>{list()}</FieldsetField>;
  return (
    <FormGroup hasError={Boolean(error)} className={field.formGroupClassName}>
      <FieldMessages id={id} hint={hint} error={error} />
      {list(fieldMessageIds(id, hint, error))}
    </FormGroup>
  );
}
