import { ChoiceDividerView, ChoiceItemView, choiceIds, isChoiceDivider, type ChoiceInputProps, type ChoiceItem } from "./choice-item";
import { cx } from "./class-names";

export interface ChoiceListProps {
  type: "radio" | "checkbox";
  /** The question's id: the first option takes it, so the error summary can link there. */
  groupId: string;
  name: string;
  items: readonly ChoiceItem[];
  isChecked: (value: string) => boolean;
  /** Question-level ids for each input (a stand-alone checkbox, which has no fieldset to carry them). */
  describedBy?: string;
  /** Side by side from 640px. */
  inline?: boolean;
  inputProps: ChoiceInputProps;
}

/** The options of a radios or checkboxes question, with any "or" dividers. */
export function ChoiceList({ type, groupId, name, items, isChecked, describedBy, inline, inputProps }: ChoiceListProps) {
  const ids = choiceIds(groupId, items);
  return (
    <div className={cx("[&>*:last-child>[data-govuk-choice]]:mb-0", inline && "sm:flex sm:flex-wrap sm:items-start")}>
      {items.map((item, index) =>
        isChoiceDivider(item) ? (
          <ChoiceDividerView key={`divider-${index}`} text={item.divider} />
        ) : (
          <ChoiceItemView
            key={item.value}
            type={type}
            option={item}
            inputId={ids[index] ?? `${groupId}-${index + 1}`}
            name={name}
            defaultChecked={isChecked(item.value)}
            describedBy={describedBy}
            inline={inline}
            inputProps={inputProps}
          />
        ),
      )}
    </div>
  );
}
