"use client";

import { Fragment, useActionState, useEffect, useState, type ReactNode } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { WarningText } from "@/components/warning-text";
import { idle, valueOf, type FormState, type SubmittedValues } from "@/schemas/form-state";
import type { DraftAutosave } from "./use-autosave";

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
 * the user loaded, and "Save and continue" (or the caller's footer). Works without JavaScript;
 * return sections add autosave through ReturnSectionForm.
 */
export function SectionForm({
  action,
  version,
  errorOrder = [],
  submitText = "Save and continue",
  autosave,
  remountFieldsAfterAnswer = false,
  footer,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  errorOrder?: string[];
  submitText?: string;
  /** Saves the draft in the background (useAutosave): the form reports each change to it and posts the version it last saved. */
  autosave?: DraftAutosave;
  /** React resets a form after its action, and applies a select's default only when it mounts: remounting the fields re-seeds every one with what was posted. */
  remountFieldsAfterAnswer?: boolean;
  /** Replaces the save button; given whether a save is under way. */
  footer?: (busy: boolean) => ReactNode;
  children: (fields: SectionFields) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  const answers = useAnswerCount(state);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const busy = pending || Boolean(autosave?.saving);
  return (
    <form action={formAction} noValidate onChange={autosave?.onChange} onSubmit={autosave?.onSubmit}>
      <ErrorSummary errors={errorSummaryItems(errors, errorOrder)} />
      {state.status === "conflict" && (
        <div role="status">
          <WarningText>{state.message}</WarningText>
        </div>
      )}
      <input type="hidden" name="expectedVersion" value={autosave?.version ?? version} />
      {remountFieldsAfterAnswer ? <Fragment key={answers}>{children(fieldsFor(state))}</Fragment> : children(fieldsFor(state))}
      {autosave && (
        <p role="status" className="govuk-body-s text-govuk-secondary-text" data-testid="autosave-status">
          {autosave.status}
        </p>
      )}
      {footer ? footer(busy) : <Button disabled={busy}>{submitText}</Button>}
    </form>
  );
}

/** How many times the action has answered on this page. */
function useAnswerCount(state: FormState): number {
  const [answers, setAnswers] = useState(0);
  useEffect(() => {
    if (state !== idle) setAnswers((n) => n + 1);
  }, [state]);
  return answers;
}
