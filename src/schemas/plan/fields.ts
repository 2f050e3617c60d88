import { z } from "zod";
import { financialYears, type QuarterId } from "@/catalogue/calendar";
import type { IsoDate } from "@/catalogue/types";
import { zDateInput } from "@/schemas/date-parts";

// Field schemas shared by the delivery plan's sections. Each accepts what a GOV.UK form posts
// (strings, empty strings for untouched fields) and also its own output, so saved data re-parses.

/** Long free text, e.g. the ambition. */
export const LONG_TEXT = 5000;
/** A paragraph, e.g. a reason or a description. */
export const MEDIUM_TEXT = 2000;
/** A name or a title. */
export const SHORT_TEXT = 200;

const nullToUndefined = (value: unknown) => (value === null ? undefined : value);

function characters(max: number): string {
  return `${max.toLocaleString("en-GB")} characters or fewer`;
}

/** Optional free text: an empty or blank answer is saved as nothing, so the section can be finished later. */
export function zOptionalText(label: string, max: number = LONG_TEXT) {
  return z
    .preprocess(nullToUndefined, z.string({ error: `${label} must be text` }).trim().max(max, `${label} must be ${characters(max)}`).optional())
    .transform((value) => (value ? value : undefined))
    .optional();
}

/** Required free text: `empty` is the GOV.UK "Enter …" message. */
export function zRequiredText(empty: string, label: string, max: number = SHORT_TEXT) {
  return z.preprocess(
    (value) => (value === null || value === undefined ? "" : value),
    z.string({ error: empty }).trim().min(1, empty).max(max, `${label} must be ${characters(max)}`),
  );
}

/** A date from a GOV.UK date input or an ISO string, typed as the catalogue's IsoDate. */
export function zOptionalDate(label: string) {
  return zDateInput(label, { optional: true })
    .transform((value) => (value === undefined ? undefined : (value as IsoDate)))
    .optional();
}

export function zRequiredDate(label: string) {
  return zDateInput(label).transform((value) => value as IsoDate);
}

/** A number typed into a text input ("37.5", "1,200") or sent as a JSON number. */
export function zOptionalNumber(label: string, { min, max, integer = false }: { min: number; max: number; integer?: boolean }) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.trim().replace(/,/g, "") : nullToUndefined(value)),
    z
      .union([z.number(), z.string()], { error: `${label} must be a number` })
      .optional()
      .transform((value, ctx): number | undefined => {
        if (value === undefined || value === "") return undefined;
        const number = typeof value === "number" ? value : /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isFinite(number)) {
          ctx.addIssue({ code: "custom", message: `${label} must be a number${integer ? "" : ", like 37.5"}` });
          return undefined;
        }
        if (integer && !Number.isInteger(number)) {
          ctx.addIssue({ code: "custom", message: `${label} must be a whole number` });
          return undefined;
        }
        if (number < min || number > max) {
          ctx.addIssue({ code: "custom", message: `${label} must be between ${min} and ${max}` });
          return undefined;
        }
        return number;
      }),
  ).optional();
}

/** An email address; blank is allowed here and required, where it is, by the plan rules. */
export function zOptionalEmail(label: string) {
  return z
    .preprocess(nullToUndefined, z.string({ error: `${label} must be text` }).trim().toLowerCase().max(254, `${label} must be 254 characters or fewer`).optional())
    .transform((value) => (value ? value : undefined))
    .pipe(z.email("Enter an email address in the correct format, like name@example.gov.uk").optional())
    .optional();
}

// A single-choice answer (radios, select): an empty string means nothing was chosen.
export function zOptionalChoice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.preprocess((value) => (value === "" || value === null ? undefined : value), z.enum(values, { error: message }).optional()).optional();
}

export function zChoice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.preprocess((value) => (value === "" || value === null ? undefined : value), z.enum(values, { error: message }));
}

/** The programme's quarters, e.g. "2022-23-Q4" (the extension year only when the calendar includes it). */
export const PLAN_QUARTER_IDS = financialYears().flatMap((fy) => fy.quarters.map((q) => q.id)) as [QuarterId, ...QuarterId[]];

/** A checkbox that also accepts its own output: "yes"/"on"/"true" or true. */
export const zCheckbox = z.preprocess(
  (value) => (Array.isArray(value) ? value.at(-1) : value),
  z.union([z.boolean(), z.string(), z.undefined(), z.null()]).transform((value) => value === true || value === "yes" || value === "on" || value === "true"),
);

// UK postcodes: the GOV.UK / ONS pattern, checked after removing spaces and upper-casing.
const POSTCODE = /^(GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y])[0-9][ABD-HJLNP-UW-Z]{2})$/;

/** The postcode in its standard form ("sw1a1aa" → "SW1A 1AA"), or undefined if it is not a UK postcode. */
export function normalisePostcode(value: string): string | undefined {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return POSTCODE.test(compact) ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : undefined;
}

/** A short name for a catalogue entry in messages: the start of its summary, cut at a word. */
export function shortName(summary: string, max = 60): string {
  if (summary.length <= max) return summary.replace(/\.$/, "");
  const cut = summary.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:]$/, "")}…`;
}
