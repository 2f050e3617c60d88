import type { ReactNode } from "react";

export interface BackLinkProps {
  href: string;
  children?: ReactNode;
}

/** Back link. Place inside the width container, above <main>. Needs a real href: it must work without JavaScript. */
export function BackLink({ href, children = "Back" }: BackLinkProps) {
  return (
    <a
      href={href}
      className="govuk-font-16 govuk-link-text relative mt-[15px] mb-[15px] inline-block pl-[14px] before:absolute before:top-0 before:bottom-0 before:left-[0.1875em] before:my-auto before:block before:size-[0.4375em] before:rotate-[225deg] before:border-t before:border-r before:border-solid before:border-govuk-secondary-text before:content-[''] after:absolute after:-top-[14px] after:right-0 after:-bottom-[14px] after:left-0 after:content-[''] focus:before:border-govuk-text print:hidden"
    >
      {children}
    </a>
  );
}
