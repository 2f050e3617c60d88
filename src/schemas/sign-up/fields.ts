import { z } from "zod";

// Field types shared by the sign-up sections. Every one accepts what an HTML form posts (strings,
// absent checkboxes) and its own parsed output, so saved data re-parses to itself.

/** Optional free text: trimmed, blank becomes undefined. */
export function zText(label: string, max = 500) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() || undefined : v),
    z.string().max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`).optional(),
  );
}

/** A single checkbox: checked posts a value ("yes", "true", "on"); unchecked posts nothing. */
export const zCheckbox = z.preprocess((v) => {
  if (typeof v === "boolean") return v;
  if (v === undefined || v === null || v === "") return false;
  if (typeof v === "string") return ["yes", "true", "on", "confirmed"].includes(v.trim().toLowerCase()) ? true : v === "false" ? false : v;
  return v;
}, z.boolean({ error: "Select the box to confirm" }));

/** Yes/no radios; unanswered is undefined so a half-finished section can be saved. */
export function zYesNo(message: string) {
  return z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(["yes", "no"], { error: message }).optional());
}

/** Checkboxes posted as `name[]`: one value may arrive as a string, none as nothing. Duplicates are dropped. */
export function zCheckboxes<T extends z.ZodType<string>>(item: T) {
  return z.preprocess((v) => {
    const list: unknown[] = v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v];
    return [...new Set(list.filter((x) => x !== ""))];
  }, z.array(item));
}
