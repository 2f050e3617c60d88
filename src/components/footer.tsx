import type { ReactNode } from "react";

export interface FooterLink {
  href: string;
  text: string;
}

export const DEFAULT_FOOTER_LINKS: readonly FooterLink[] = [
  { href: "/accessibility", text: "Accessibility statement" },
  { href: "/privacy", text: "Privacy" },
  { href: "/cookies", text: "Cookies" },
];

export interface FooterProps {
  links?: readonly FooterLink[];
  /** Extra content above the licence text. */
  children?: ReactNode;
}

const footerLink = "text-govuk-text focus:text-govuk-text";

export function Footer({ links = DEFAULT_FOOTER_LINKS, children }: FooterProps) {
  return (
    <footer className="govuk-font-16 border-t border-govuk-border bg-govuk-template pt-[25px] pb-[15px] text-govuk-text sm:pt-[40px] sm:pb-[25px] print:hidden">
      <div className="govuk-width-container">
        <div className="flex flex-wrap items-end justify-center gap-x-[30px] gap-y-[15px]">
          <div className="grow basis-[300px]">
            <h2 className="sr-only">Support links</h2>
            <ul className="m-0 mb-[15px] list-none p-0 sm:mb-[20px]">
              {links.map((link) => (
                <li key={link.href} className="mr-[15px] mb-[5px] inline-block">
                  <a href={link.href} className={footerLink}>
                    {link.text}
                  </a>
                </li>
              ))}
            </ul>
            {children}
            <p className="m-0">
              All content is available under the{" "}
              <a
                href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                rel="license"
                className={footerLink}
              >
                Open Government Licence v3.0
              </a>
              , except where otherwise stated
            </p>
          </div>
          <div>
            <a
              href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/"
              className={`${footerLink} inline-block`}
            >
              © Crown copyright
            </a>
          </div>
        </div>
      </div>
    </footer>
  );
}
