import type { z } from "zod";
import { fieldName } from "./form-data";

// What a server action hands back to its form: either nothing yet, or the problems plus
// everything the user typed, so the page can re-render with their input intact.

export type FieldErrors = Record<string, string>;
export type SubmittedValues = Record<string, string | string[]>;

export type FormState =
  | { status: "idle" }
  | { status: "invalid"; fieldErrors: FieldErrors; values: SubmittedValues; message?: string }
  | { status: "conflict"; fieldErrors: FieldErrors; values: SubmittedValues; message: string }
  | { status: "saved"; message: string; values?: SubmittedValues };

export const idle: FormState = { status: "idle" };

/** First message per field, keyed by the field's form name (see fieldName). */
export function fieldErrorsFrom(error: z.ZodError, prefix: readonly (string | number)[] = []): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))];
    const key = path.length ? fieldName(...path) : "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The raw form, as strings, to give back to the user unchanged. Files and secrets are left out. */
export function submittedValues(formData: FormData, omit: readonly string[] = []): SubmittedValues {
  const values: SubmittedValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || omit.includes(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

export function valueOf(values: SubmittedValues | undefined, key: string): string | undefined {
  const value = values?.[key];
  return Array.isArray(value) ? value[0] : value;
}
