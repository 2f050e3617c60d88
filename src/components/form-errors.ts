import { fieldId } from "@/schemas/form-data";

/** Field id -> error message. Undefined or empty means no error. */
export type FieldErrors = Record<string, string | undefined>;

export interface ErrorSummaryItem {
  href: string;
  text: string;
}

/**
 * Builds the error summary list from field errors.
 * - `order`: field ids in page order; these come first, any other errored fields follow.
 * - `targets`: override a link target, e.g. `{ dob: "#dob-day" }` for a date input
 *   (by default each error links to `#${fieldId(name)}`, the id a field of that name gets).
 */
export function errorSummaryItems(
  fieldErrors: FieldErrors,
  order: readonly string[] = [],
  targets: Readonly<Record<string, string>> = {},
): ErrorSummaryItem[] {
  const keys = [...order, ...Object.keys(fieldErrors).filter((key) => !order.includes(key))];
  const items: ErrorSummaryItem[] = [];
  const seen = new Set<string>();
  for (const key of keys) {
    const text = fieldErrors[key];
    if (!text || seen.has(key)) continue;
    seen.add(key);
    items.push({ href: targets[key] ?? `#${fieldId(key)}`, text });
  }
  return items;
}

/** True when at least one field has an error message. */
export function hasFieldErrors(fieldErrors: FieldErrors): boolean {
  return Object.values(fieldErrors).some((message) => Boolean(message));
}

/** GOV.UK page title convention: prefix "Error: " when the page shows errors. */
export function pageTitleWithErrors(title: string, hasErrors: boolean): string {
  return hasErrors ? `Error: ${title}` : title;
}
