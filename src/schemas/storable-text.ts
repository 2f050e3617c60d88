import { fieldName } from "./form-data";
import type { FieldErrors } from "./form-state";

// Text PostgreSQL cannot store: the NUL character (in text and jsonb alike) and unpaired UTF-16 surrogates
// (jsonb refuses their \ud800 escapes). A form or API value holding either would otherwise fail deep in
// the database as a 500; this finds them first so the answer is a message on the field.

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE = "Remove the hidden control characters from this answer (they may have come from copying and pasting)";

export function hasUnstorableText(value: string): boolean {
  return UNSTORABLE.test(value);
}

/** A message for each field (and each map key) of `data` holding text that cannot be stored. */
export function unstorableTextErrors(data: unknown, path: (string | number)[] = [], errors: FieldErrors = {}): FieldErrors {
  if (typeof data === "string") {
    if (hasUnstorableText(data)) errors[path.length ? fieldName(...path) : "form"] = UNSTORABLE_TEXT_MESSAGE;
  } else if (Array.isArray(data)) {
    data.forEach((item, i) => unstorableTextErrors(item, [...path, i], errors));
  } else if (data && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) {
      if (hasUnstorableText(key)) errors[path.length ? fieldName(...path) : "form"] = UNSTORABLE_TEXT_MESSAGE;
      else unstorableTextErrors(value, [...path, key], errors);
    }
  }
  return errors;
}
