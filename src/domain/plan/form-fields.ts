import { fieldName } from "@/schemas/form-data";

// Saved section data written back out as form fields: the inverse of formDataToObject. A page that edits part of
// a section (one hub, one milestone, one strand's options) posts the rest as hidden fields, so the generic save
// action can replace the whole section and the edit stays compare-and-set on the section's version. Every
// section schema accepts its own output (ISO dates, numbers as text, "true" checkboxes), so these fields re-parse.

export interface FormField {
  name: string;
  value: string;
}

/** The fields that post `value` back under `path`, e.g. formFieldsOf(hub, "hubs", 2) → hubs[2].name, … */
export function formFieldsOf(value: unknown, ...path: (string | number)[]): FormField[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => formFieldsOf(item, ...path, index));
  if (typeof value === "object") return Object.entries(value).flatMap(([key, item]) => formFieldsOf(item, ...path, key));
  if (path.length === 0) return [];
  return [{ name: fieldName(...path), value: String(value) }];
}

/** A list's items as fields, leaving out the one at `skip` (being edited on the page, or removed). */
export function listFieldsExcept(items: readonly unknown[], name: string, skip?: number): FormField[] {
  return items.flatMap((item, index) => (index === skip ? [] : formFieldsOf(item, name, index)));
}
