"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { WarningText } from "@/components/warning-text";
import { idle, valueOf, type FormState, type SubmittedValues } from "@/schemas/form-state";

export interface SectionFields {
  /** The message for a field (by form name), if any. */
  error(name: string): string | undefined;
  /** What to show in a field: what the user just posted if the save was refused, otherwise the saved value. */
  value(name: string, saved: string | undefined): string | undefined;
  /** All values of a repeated field (checkboxes), same rule as `value`. */
  values(name: string, saved: string[] | undefined): string[];
  /** True when the page is showing refused input (so saved values must not be used). */
  showingPosted: boolean;
}

function fieldsFor(state: FormState): SectionFields {
  const posted: SubmittedValues | undefined = state.status === "invalid" || state.status === "conflict" ? state.values : undefined;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return {
    error: (name) => errors[name],
    value: (name, saved) => (posted ? (valueOf(posted, name) ?? "") : saved),
    values: (name, saved) => {
      if (!posted) return saved ?? [];
      const v = posted[name];
      return Array.isArray(v) ? v : v ? [v] : [];
    },
    showingPosted: Boolean(posted),
  };
}

/**
 * The frame of every section form: error summary, the edit-conflict warning, the version
 * the user loaded, and "Save and continue". Works without JavaScript.
 */
export function SectionForm({
  action,
  version,
  errorOrder = [],
  submitText = "Save and continue",
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  errorOrder?: string[];
  submitText?: string;
  children: (fields: SectionFields) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errorSummaryItems(errors, errorOrder)} />
      {state.status === "conflict" && (
        <div role="status">
          <WarningText>{state.message}</WarningText>
        </div>
      )}
      <input type="hidden" name="expectedVersion" value={version} />
      {children(fieldsFor(state))}
      <Button disabled={pending}>{submitText}</Button>
    </form>
  );
}
