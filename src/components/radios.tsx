import type { ChoiceInputProps, ChoiceItem } from "./choice-item";
import { ChoiceList } from "./choice-list";
import { FieldsetField, splitFieldsetFieldProps, type FieldsetFieldProps } from "./fieldset-field";

export interface RadiosProps extends ChoiceInputProps, FieldsetFieldProps {
  /** Group id: used for hint/error ids and as the first radio's id (link here from the error summary). */
  id: string;
  name: string;
  items: readonly ChoiceItem[];
  /** Value of the radio checked on first render. */
  defaultValue?: string;
  /** Side by side from 640px. Only for 2 short options. */
  inline?: boolean;
}

/** Radios in a fieldset. Extra native props (`ref`, `onChange`, `required`...) go on every radio. */
export function Radios({ name, items, defaultValue, inline = false, ...props }: RadiosProps) {
  const [field, inputProps] = splitFieldsetFieldProps(props);
  return (
    <FieldsetField {...field}>
      <ChoiceList
        type="radio"
        groupId={field.id}
        name={name}
        items={items}
        isChecked={(value) => value === defaultValue}
        inline={inline}
        inputProps={inputProps}
      />
    </FieldsetField>
  );
}
