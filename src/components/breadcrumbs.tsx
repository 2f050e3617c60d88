import { cx } from "./class-names";

export interface BreadcrumbItem {
  text: string;
  /** Omit for the current page (rendered as plain text with aria-current="page"). */
  href?: string;
}

export interface BreadcrumbsProps {
  items: readonly BreadcrumbItem[];
  /** Light text, for use on dark backgrounds. */
  inverse?: boolean;
}

const chevron =
  "before:absolute before:top-0 before:bottom-0 before:-left-[3.31px] before:m-auto before:block before:size-[7px] before:rotate-45 before:border-t before:border-r before:border-solid before:border-govuk-secondary-text before:content-['']";

/** Breadcrumbs. Place inside the width container, above <main>. */
export function Breadcrumbs({ items, inverse = false }: BreadcrumbsProps) {
  return (
    <nav aria-label="Breadcrumb" className={cx("govuk-font-16 mt-[15px] mb-[10px] print:hidden", inverse ? "text-white" : "text-govuk-text")}>
      <ol className="m-0 flex list-none flex-wrap p-0">
        {items.map((item, index) => (
          <li
            key={`${index}-${item.text}`}
            className={cx("relative mb-[5px] py-[2px]", index > 0 && cx("ml-[10px] pl-[15.655px]", chevron))}
          >
            {item.href ? (
              <a
                href={item.href}
                className={inverse ? "govuk-link-inverse" : "govuk-link-text"}
              >
                {item.text}
              </a>
            ) : (
              <span aria-current="page">{item.text}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
