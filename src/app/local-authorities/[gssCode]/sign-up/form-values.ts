import { dateParts } from "@/schemas/date-parts";
import { fieldName } from "@/schemas/form-data";
import type { FieldErrors, SubmittedValues } from "@/schemas/form-state";

// Saved section data as the raw form values a plain HTML form would post, so a section form is seeded
// the same way whether it shows saved answers or the answers just refused. The inverse of formDataToObject.

const DATE_KEYS = new Set(["dateSigned"]);

export function toFormValues(data: unknown, path: (string | number)[] = [], out: SubmittedValues = {}): SubmittedValues {
  if (data === undefined || data === null) return out;
  if (Array.isArray(data)) {
    if (data.every((v) => typeof v === "string")) out[`${fieldName(...path)}[]`] = data as string[];
    else data.forEach((v, i) => toFormValues(v, [...path, i], out));
    return out;
  }
  if (typeof data === "object") {
    for (const [key, value] of Object.entries(data)) toFormValues(value, [...path, key], out);
    return out;
  }
  const name = fieldName(...path);
  if (typeof data === "boolean") {
    if (data) out[name] = "yes";
    return out;
  }
  const last = path[path.length - 1];
  if (typeof last === "string" && DATE_KEYS.has(last) && typeof data === "string") {
    const parts = dateParts(data);
    if (parts) {
      out[`${name}.day`] = parts.day;
      out[`${name}.month`] = parts.month;
      out[`${name}.year`] = parts.year;
    }
    return out;
  }
  out[name] = String(data);
  return out;
}

/** What a section's field components read: the value(s) to show and the error at each field. */
export interface FieldAccess {
  value(name: string): string | undefined;
  /** Checkbox values posted as `name[]`. */
  checked(name: string): string[];
  /** The message for a field, or for any item inside it (a checkbox group's `name[0]`). */
  error(name: string): string | undefined;
}

export function fieldAccess(values: SubmittedValues, errors: FieldErrors): FieldAccess {
  return {
    value: (name) => {
      const v = values[name];
      return Array.isArray(v) ? v[0] : v;
    },
    checked: (name) => {
      const v = values[`${name}[]`] ?? values[name];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    },
    error: (name) => errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}[`))?.[1],
  };
}
