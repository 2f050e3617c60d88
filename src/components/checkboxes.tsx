import type { ReactNode } from "react";
import { ChoiceDividerView, ChoiceItemView, choiceIds, isChoiceDivider, type ChoiceInputProps, type ChoiceItem } from "./choice-item";
import { joinIds } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Fieldset, type LegendSize } from "./fieldset";
import { FormGroup } from "./form-group";
import { Hint } from "./hint";

export interface CheckboxesProps extends ChoiceInputProps {
  /** Group id: used for hint/error ids and as the first checkbox's id (link here from the error summary). */
  id: string;
  /** Every checkbox posts under this name; read all values with `formData.getAll(name)`. */
  name: string;
  /** Omit only for a single stand-alone checkbox (hint/error are then described on the input). */
  legend?: ReactNode;
  items: readonly ChoiceItem[];
  hint?: ReactNode;
  error?: string;
  /** Values checked on first render. */
  defaultValue?: readonly string[];
  legendAsHeading?: boolean;
  legendSize?: LegendSize;
  formGroupClassName?: string;
}

/** Checkboxes, in a fieldset when there is a legend. Extra native props go on every checkbox. */
export function Checkboxes({
  id,
  name,
  legend,
  items,
  hint,
  error,
  defaultValue = [],
  legendAsHeading,
  legendSize,
  formGroupClassName,
  ...inputProps
}: CheckboxesProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = joinIds(hintId, errorId);
  const hasFieldset = legend !== undefined && legend !== null;
  const ids = choiceIds(id, items);
  const content = (
    <>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <div className="[&>*:last-child>[data-govuk-choice]]:mb-0">
        {items.map((item, index) =>
          isChoiceDivider(item) ? (
            <ChoiceDividerView key={`divider-${index}`} text={item.divider} />
          ) : (
            <ChoiceItemView
              key={item.value}
              type="checkbox"
              option={item}
              inputId={ids[index] ?? `${id}-${index + 1}`}
              name={name}
              defaultChecked={defaultValue.includes(item.value)}
              describedBy={hasFieldset ? undefined : describedBy}
              inputProps={inputProps}
            />
          ),
        )}
      </div>
    </>
  );
  return (
    <FormGroup hasError={Boolean(error)} className={formGroupClassName}>
      {hasFieldset ? (
        <Fieldset legend={legend} legendAsHeading={legendAsHeading} legendSize={legendSize} describedBy={describedBy}>
          {content}
        </Fieldset>
      ) : (
        content
      )}
    </FormGroup>
  );
}
