import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx } from "./class-names";

export type ButtonVariant = "primary" | "secondary" | "warning";

interface CommonProps {
  variant?: ButtonVariant;
  /** GOV.UK start button: bold, larger, with an arrow. Use once, on a start page. */
  isStartButton?: boolean;
  children: ReactNode;
}

/** A real <button>. `type` defaults to "submit"; `name`/`value` post with the form. */
export type ButtonAsButtonProps = CommonProps & Omit<ComponentPropsWithRef<"button">, "children"> & { href?: undefined };

/** A link styled as a button (role="button", as GOV.UK). */
export type ButtonAsLinkProps = CommonProps & Omit<ComponentPropsWithRef<"a">, "children" | "href"> & { href: string };

export type ButtonProps = ButtonAsButtonProps | ButtonAsLinkProps;

const base = [
  "relative box-border w-full cursor-pointer appearance-none rounded-none",
  "mt-0 mb-[22px] sm:mb-[32px] sm:w-auto border-2 border-transparent",
  "px-[10px] pt-[8px] pb-[7px] text-center align-top",
  "no-underline hover:no-underline",
  // enlarge the click target over the shadow
  "before:absolute before:-top-[2px] before:-right-[2px] before:-bottom-[4px] before:-left-[2px] before:block before:bg-transparent before:content-['']",
  "active:top-[2px] active:before:-top-[4px]",
  "focus:border-govuk-focus focus:shadow-[inset_0_0_0_1px_#ffdd00] focus:outline-[3px] focus:outline-transparent",
  "[&:focus:not(:active):not(:hover)]:border-govuk-focus [&:focus:not(:active):not(:hover)]:bg-govuk-focus",
  "[&:focus:not(:active):not(:hover)]:text-govuk-text! [&:focus:not(:active):not(:hover)]:shadow-[0_2px_0_#0b0c0c]",
  "disabled:cursor-not-allowed disabled:opacity-50 disabled:active:top-0",
  "print:hidden",
].join(" ");

const variants: Record<ButtonVariant, string> = {
  primary:
    "bg-govuk-button text-white visited:text-white hover:text-white active:text-white shadow-[0_2px_0_#002d18] hover:bg-govuk-button-hover disabled:hover:bg-govuk-button",
  secondary:
    "bg-govuk-secondary-button text-govuk-text visited:text-govuk-text hover:text-govuk-text active:text-govuk-text shadow-[0_2px_0_#929191] hover:bg-govuk-secondary-button-hover disabled:hover:bg-govuk-secondary-button",
  warning:
    "bg-govuk-warning-button text-white visited:text-white hover:text-white active:text-white shadow-[0_2px_0_#55150b] hover:bg-govuk-warning-button-hover disabled:hover:bg-govuk-warning-button",
};

const regular = "govuk-font-19 inline-block leading-[1.1875]! sm:leading-none!";
const start = "govuk-font-24 inline-flex items-center justify-center gap-x-[5px] font-bold leading-none! sm:gap-x-[10px]";

function StartIcon() {
  return (
    <svg
      className="shrink-0 forced-colors:fill-[ButtonText]"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

export function Button(props: ButtonProps) {
  if (props.href !== undefined) {
    const { variant = "primary", isStartButton = false, children, className, href, ...rest } = props;
    return (
      <a
        href={href}
        role="button"
        draggable={false}
        className={cx(base, variants[variant], isStartButton ? start : regular, className)}
        {...rest}
      >
        {children}
        {isStartButton && <StartIcon />}
      </a>
    );
  }
  const { variant = "primary", isStartButton = false, children, className, type = "submit", href: _href, ...rest } = props;
  return (
    <button
      type={type}
      className={cx(base, variants[variant], isStartButton ? start : regular, className)}
      {...rest}
    >
      {children}
      {isStartButton && <StartIcon />}
    </button>
  );
}
