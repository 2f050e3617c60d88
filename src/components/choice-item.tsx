import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, joinIds } from "./class-names";

/** One radio or checkbox option. */
export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Defaults to the group id for the first option, `${groupId}-${n}` for the nth. */
  id?: string;
  disabled?: boolean;
  /** Content revealed (with CSS only) while this option is checked. Stays visible where :has() is unsupported. */
  conditional?: ReactNode;
}

/** A text divider between options, usually "or". */
export interface ChoiceDivider {
  divider: string;
}

export type ChoiceItem = ChoiceOption | ChoiceDivider;

/** Native input props passed to every option's input (e.g. react-hook-form's `register()` result). */
export type ChoiceInputProps = Omit<
  ComponentPropsWithRef<"input">,
  "type" | "id" | "name" | "value" | "defaultValue" | "defaultChecked" | "checked" | "children"
>;

export function isChoiceDivider(item: ChoiceItem): item is ChoiceDivider {
  return "divider" in item;
}

/** Ids follow GOV.UK: first option gets the group id (the error summary target), then `${id}-2`, `${id}-3`... */
export function choiceIds(groupId: string, items: readonly ChoiceItem[]): string[] {
  let position = 0;
  return items.map((item) => {
    if (isChoiceDivider(item)) return "";
    position += 1;
    return item.id ?? (position === 1 ? groupId : `${groupId}-${position}`);
  });
}

const controls = {
  radio: {
    box: "before:rounded-full",
    mark: "after:top-[12px] after:left-[12px] after:size-0 after:rounded-full after:border-[10px] after:border-solid after:border-current after:bg-current",
    focus: "peer-focus:before:shadow-[0_0_0_4px_#ffdd00]",
  },
  checkbox: {
    box: "",
    mark: "after:top-[13px] after:left-[10px] after:h-[12px] after:w-[23px] after:-rotate-45 after:border-solid after:border-t-transparent after:border-b-[5px] after:border-l-[5px] after:border-b-current after:border-l-current after:bg-transparent",
    focus: "peer-focus:before:shadow-[0_0_0_3px_#ffdd00]",
  },
} as const;

export interface ChoiceItemProps {
  type: "radio" | "checkbox";
  option: ChoiceOption;
  inputId: string;
  name: string;
  defaultChecked: boolean;
  /** Group-level ids to add to this input's aria-describedby (checkboxes without a fieldset). */
  describedBy?: string;
  inline?: boolean;
  inputProps: ChoiceInputProps;
}

export function ChoiceItemView({ type, option, inputId, name, defaultChecked, describedBy, inline, inputProps }: ChoiceItemProps) {
  const hintId = option.hint ? `${inputId}-item-hint` : undefined;
  const control = controls[type];
  const { className, "aria-describedby": ariaDescribedBy, ...rest } = inputProps;
  return (
    <div data-govuk-conditional={option.conditional ? "" : undefined} className={inline ? "sm:mr-[20px]" : undefined}>
      <div data-govuk-choice="" className="relative mb-[10px] flex flex-wrap">
        <input
          id={inputId}
          name={name}
          type={type}
          value={option.value}
          defaultChecked={defaultChecked}
          disabled={option.disabled}
          aria-describedby={joinIds(ariaDescribedBy, describedBy, hintId)}
          className={cx("peer relative z-1 m-0 size-11 shrink-0 cursor-pointer opacity-0 disabled:cursor-not-allowed", className)}
          {...rest}
        />
        <label
          htmlFor={inputId}
          className={cx(
            "govuk-font-19 mb-0 max-w-[calc(100%-74px)] cursor-pointer touch-manipulation self-center px-[15px] py-[7px] text-govuk-text",
            "before:absolute before:top-[2px] before:left-[2px] before:box-border before:size-10 before:border-2 before:border-solid before:border-current before:bg-transparent before:content-['']",
            "after:absolute after:opacity-0 after:content-[''] peer-checked:after:opacity-100",
            "peer-focus:before:border-4 peer-focus:before:outline-[3px] peer-focus:before:outline-offset-1 peer-focus:before:outline-transparent",
            "peer-disabled:cursor-not-allowed peer-disabled:opacity-50",
            control.box,
            control.mark,
            control.focus,
          )}
        >
          {option.label}
        </label>
        {option.hint && (
          <div id={hintId} className="govuk-font-19 -mt-[5px] mb-0 block w-full pr-[15px] pl-[59px] text-govuk-secondary-text">
            {option.hint}
          </div>
        )}
      </div>
      {option.conditional && (
        <div
          data-govuk-conditional-content=""
          id={`conditional-${inputId}`}
          className="mb-[15px] ml-[18px] border-l-4 border-govuk-border pl-[33px] [&>:last-child]:mb-0"
        >
          {option.conditional}
        </div>
      )}
    </div>
  );
}

export function ChoiceDividerView({ text }: { text: string }) {
  return <div className="govuk-font-19 mb-[10px] w-10 text-center text-govuk-text">{text}</div>;
}
