import type { SectionFields } from "@/components/submission/section-form";
import { dateParts } from "@/schemas/date-parts";
import { fieldId } from "@/schemas/form-data";

/**
 * What ties a field to its section form: the id the error summary links to, the form name,
 * the value to show (what was just posted, else what is saved) and its error message.
 */
export function sectionFieldProps(fields: SectionFields, name: string, saved: string | undefined) {
  return { id: fieldId(name), name, defaultValue: fields.value(name, saved), error: fields.error(name) };
}

/** The same for a date input: its three parts post as `${name}.day` etc.; `saved` is an ISO date. */
export function sectionDateFieldProps(fields: SectionFields, name: string, saved: string | undefined) {
  const parts = dateParts(saved);
  return {
    id: fieldId(name),
    name,
    defaultValue: {
      day: fields.value(`${name}.day`, parts?.day),
      month: fields.value(`${name}.month`, parts?.month),
      year: fields.value(`${name}.year`, parts?.year),
    },
    error: fields.error(name),
  };
}
