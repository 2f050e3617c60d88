import { z } from "zod";

// Field types shared by the delivery return and grant statement sections. Each accepts what an HTML
// form posts (strings, absent checkboxes, "" for an untouched field) and its own parsed output, so
// saved data re-parses to itself and the JSON API can use the same schemas.

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Optional free text: trimmed; blank becomes undefined. */
export function zOptionalText(label: string, max = 2000) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() || undefined : blankToUndefined(v)),
    z.string({ error: `${label} must be text` }).max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`).optional(),
  );
}

/** Required free text: trimmed; blank gives "Enter …". `label` reads mid-sentence, e.g. "a title for the risk". */
export function zRequiredText(label: string, max = 2000) {
  const name = label.charAt(0).toUpperCase() + label.slice(1).replace(/^(a|an|the) /i, "");
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v === undefined || v === null ? "" : v),
    z
      .string({ error: `Enter ${label}` })
      .min(1, `Enter ${label}`)
      .max(max, `${name} must be ${max.toLocaleString("en-GB")} characters or fewer`),
  );
}

/** One of `values`, or undefined while unanswered (so a half-finished section can be saved). */
export function zOptionalEnum<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.preprocess(blankToUndefined, z.enum(values, { error: message }).optional());
}

/** A single checkbox: checked posts "yes", "true" or "on"; unchecked posts nothing (false). */
export const zCheckbox = z.preprocess((v) => {
  if (v === undefined || v === null || v === "") return false;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (["yes", "true", "on"].includes(s)) return true;
    if (["no", "false", "off"].includes(s)) return false;
  }
  return v;
}, z.boolean({ error: "Select the box or leave it empty" }));

/** A whole number from `min` to `max`, e.g. a 1–5 score chosen with radios. Required. */
export function zScore(label: string, min: number, max: number) {
  const message = `Select ${label} from ${min} to ${max}`;
  return z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : /^\d+$/.test(v.trim()) ? Number(v.trim()) : Number.NaN) : v),
    z.number({ error: message }).int(message).min(min, message).max(max, message),
  );
}
