import { cx } from "./class-names";

export interface PaginationProps {
  currentPage: number;
  totalPages: number;
  /** Builds the URL of a page, e.g. `(page) => \`/providers?page=${page}\``. */
  hrefForPage: (page: number) => string;
  /** Accessible name of the navigation landmark. */
  landmarkLabel?: string;
}

type PageEntry = number | "ellipsis";

/** First, last, current and its neighbours; gaps become an ellipsis. */
export function paginationEntries(currentPage: number, totalPages: number): PageEntry[] {
  const pages = new Set([1, totalPages, currentPage - 1, currentPage, currentPage + 1]);
  const sorted = [...pages].filter((page) => page >= 1 && page <= totalPages).sort((a, b) => a - b);
  const entries: PageEntry[] = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous > 1) entries.push("ellipsis");
    entries.push(page);
  });
  return entries;
}

function Arrow({ direction }: { direction: "prev" | "next" }) {
  return (
    <svg
      className="h-[13px] w-[15px] shrink-0 fill-current forced-colors:fill-[LinkText]"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      viewBox="0 0 15 13"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={
          direction === "prev"
            ? "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"
            : "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"
        }
      />
    </svg>
  );
}

const edgeLink = "govuk-link-no-visited group/edge inline-flex min-h-[44px] items-center gap-x-[10px] py-[10px] font-bold no-underline";

/** Numbered pagination with previous/next links. Renders nothing for a single page. */
export function Pagination({ currentPage, totalPages, hrefForPage, landmarkLabel = "Pagination" }: PaginationProps) {
  if (totalPages <= 1) return null;
  const entries = paginationEntries(currentPage, totalPages);
  return (
    <nav aria-label={landmarkLabel} className="govuk-font-19 mb-[20px] block sm:mb-[30px] sm:flex sm:flex-wrap sm:items-center print:hidden">
      {currentPage > 1 && (
        <div className="mr-[15px]">
          <a href={hrefForPage(currentPage - 1)} rel="prev" className={edgeLink}>
            <Arrow direction="prev" />
            <span className="underline decoration-[max(1px,0.0625rem)] underline-offset-[0.1578em] group-hover/edge:decoration-[3px] group-focus/edge:no-underline">
              Previous<span className="sr-only"> page</span>
            </span>
          </a>
        </div>
      )}
      <ul className="m-0 flex list-none flex-wrap p-0">
        {entries.map((entry, index) =>
          entry === "ellipsis" ? (
            <li key={`ellipsis-${index}`} className="min-w-[45px] px-[15px] py-[10px] text-center font-bold text-govuk-secondary-text">
              ⋯
            </li>
          ) : (
            <li key={entry} className="text-center">
              <a
                href={hrefForPage(entry)}
                aria-label={`Page ${entry}`}
                aria-current={entry === currentPage ? "page" : undefined}
                className={cx(
                  "inline-block min-h-[44px] min-w-[45px] px-[15px] py-[10px]",
                  entry === currentPage
                    ? "bg-govuk-brand font-bold text-white no-underline outline-1 outline-transparent hover:text-white visited:text-white focus:bg-govuk-focus focus:text-govuk-focus-text"
                    : "govuk-link-no-visited",
                )}
              >
                {entry}
              </a>
            </li>
          ),
        )}
      </ul>
      {currentPage < totalPages && (
        <div className="sm:ml-[15px]">
          <a href={hrefForPage(currentPage + 1)} rel="next" className={edgeLink}>
            <span className="underline decoration-[max(1px,0.0625rem)] underline-offset-[0.1578em] group-hover/edge:decoration-[3px] group-focus/edge:no-underline">
              Next<span className="sr-only"> page</span>
            </span>
            <Arrow direction="next" />
          </a>
        </div>
      )}
    </nav>
  );
}
