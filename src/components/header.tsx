import type { ComponentProps } from "react";
import { cx } from "./class-names";

export interface HeaderNavigationItem {
  href: string;
  text: string;
  /** Marks the item as the current section (aria-current="page"). */
  current?: boolean;
}

export type FormAction = ComponentProps<"form">["action"];

export interface HeaderProps {
  serviceName: string;
  /** Where the service name links to. Defaults to "/". */
  serviceHref?: string;
  navigation?: readonly HeaderNavigationItem[];
  /** Accessible name of the navigation landmark. */
  navigationLabel?: string;
  /** Signed-in user's display name. The sign-out form shows only when this and `signOutAction` are set. */
  userName?: string;
  /** URL (posted with method="post") or a server action. */
  signOutAction?: FormAction;
  /** Hidden inputs for the sign-out form, e.g. `{ csrfToken }`. */
  signOutHiddenFields?: Readonly<Record<string, string>>;
  signOutText?: string;
}

const headerLink =
  "text-white visited:text-white hover:text-white active:text-white no-underline hover:underline hover:decoration-[3px] focus:text-govuk-text";

export function Header({
  serviceName,
  serviceHref = "/",
  navigation = [],
  navigationLabel = "Menu",
  userName,
  signOutAction,
  signOutHiddenFields = {},
  signOutText = "Sign out",
}: HeaderProps) {
  const showUser = Boolean(userName && signOutAction);
  return (
    <header className="border-b-[10px] border-white bg-govuk-black text-white print:border-b-0 print:bg-white print:text-black">
      <div className="govuk-width-container relative -mb-[10px] border-b-[10px] border-govuk-brand pt-[10px] print:border-b-0">
        <div className="flex flex-wrap items-center justify-between gap-x-[30px]">
          <a href={serviceHref} className={cx("govuk-font-24 mb-[10px] inline-block font-bold", headerLink)}>
            {serviceName}
          </a>
          {showUser && (
            <div className="govuk-font-16 mb-[10px] flex flex-wrap items-center gap-x-[15px] print:hidden">
              <span>
                Signed in as <strong>{userName}</strong>
              </span>
              <form action={signOutAction} {...(typeof signOutAction === "string" ? { method: "post" } : {})}>
                {Object.entries(signOutHiddenFields).map(([name, value]) => (
                  <input key={name} type="hidden" name={name} value={value} />
                ))}
                <button
                  type="submit"
                  className="min-h-[24px] cursor-pointer border-0 bg-transparent px-0 py-[5px] font-bold text-white underline decoration-[max(1px,0.0625rem)] underline-offset-[0.1578em] hover:decoration-[3px] focus:bg-govuk-focus focus:text-govuk-text focus:no-underline focus:shadow-[0_-2px_#ffdd00,0_4px_#0b0c0c] focus:outline-[3px] focus:outline-transparent"
                >
                  {signOutText}
                </button>
              </form>
            </div>
          )}
        </div>
        {navigation.length > 0 && (
          <nav aria-label={navigationLabel} className="print:hidden">
            <ul className="govuk-font-16 m-0 flex list-none flex-wrap gap-x-[20px] p-0 pb-[5px]">
              {navigation.map((item) => (
                <li key={item.href}>
                  <a
                    href={item.href}
                    aria-current={item.current ? "page" : undefined}
                    className={cx(
                      "inline-block py-[7px] font-bold",
                      headerLink,
                      item.current && "text-[#1d8feb]! underline focus:text-govuk-text! focus:no-underline",
                    )}
                  >
                    {item.text}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
