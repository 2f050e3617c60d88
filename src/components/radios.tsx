import type { ReactNode } from "react";
import { ChoiceDividerView, ChoiceItemView, choiceIds, isChoiceDivider, type ChoiceInputProps, type ChoiceItem } from "./choice-item";
import { cx, joinIds } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Fieldset, type LegendSize } from "./fieldset";
import { FormGroup } from "./form-group";
import { Hint } from "./hint";

export interface RadiosProps extends ChoiceInputProps {
  /** Group id: used for hint/error ids and as the first radio's id (link here from the error summary). */
  id: string;
  name: string;
  legend: ReactNode;
  items: readonly ChoiceItem[];
  hint?: ReactNode;
  error?: string;
  /** Value of the radio checked on first render. */
  defaultValue?: string;
  legendAsHeading?: boolean;
  legendSize?: LegendSize;
  /** Side by side from 640px. Only for 2 short options. */
  inline?: boolean;
  formGroupClassName?: string;
}

/** Radios in a fieldset. Extra native props (`ref`, `onChange`, `required`...) go on every radio. */
export function Radios({
  id,
  name,
  legend,
  items,
  hint,
  error,
  defaultValue,
  legendAsHeading,
  legendSize,
  inline = false,
  formGroupClassName,
  ...inputProps
}: RadiosProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const ids = choiceIds(id, items);
  return (
    <FormGroup hasError={Boolean(error)} className={formGroupClassName}>
      <Fieldset legend={legend} legendAsHeading={legendAsHeading} legendSize={legendSize} describedBy={joinIds(hintId, errorId)}>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className={cx("[&>*:last-child>[data-govuk-choice]]:mb-0", inline && "sm:flex sm:flex-wrap sm:items-start")}>
          {items.map((item, index) =>
            isChoiceDivider(item) ? (
              <ChoiceDividerView key={`divider-${index}`} text={item.divider} />
            ) : (
              <ChoiceItemView
                key={item.value}
                type="radio"
                option={item}
                inputId={ids[index] ?? `${id}-${index + 1}`}
                name={name}
                defaultChecked={defaultValue !== undefined && defaultValue === item.value}
                inline={inline}
                inputProps={inputProps}
              />
            ),
          )}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
