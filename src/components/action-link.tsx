export interface ActionLinkItem {
  href: string;
  /** Visible text, e.g. "Change". */
  text: string;
  /** Appended for screen readers, e.g. "name" gives "Change name". */
  visuallyHiddenText?: string;
}

/** A "Change"-style action link with visually hidden context. */
export function ActionLink({ item, className }: { item: ActionLinkItem; className?: string }) {
  return (
    <a href={item.href} className={className}>
      {item.text}
      {item.visuallyHiddenText && <span className="sr-only"> {item.visuallyHiddenText}</span>}
    </a>
  );
}
