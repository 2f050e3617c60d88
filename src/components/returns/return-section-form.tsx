"use client";

import { Fragment, useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import type { SectionFields } from "@/components/submission/section-form";
import { WarningText } from "@/components/warning-text";
import { idle, valueOf, type FormState, type SubmittedValues } from "@/schemas/form-state";

/** What the autosave action answers: the section's new version, or why nothing was saved. */
export type AutosaveResult = { status: "saved"; version: number; savedAt: string } | { status: "not-saved"; message: string; conflict: boolean };

/** Seconds of quiet after the last change before the draft is saved. */
const AUTOSAVE_DELAY_MS = 2000;

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
 * The frame of a return section form: error summary, edit-conflict warning, the section version and the
 * save buttons, as the generic SectionForm, plus autosave: two seconds after the last change the form is
 * posted to `autosave`, which saves the draft without leaving the page and hands back the new version, so
 * the next save (automatic or not) is compared against it. Without JavaScript the buttons still save.
 */
export function ReturnSectionForm({
  action,
  autosave,
  version,
  errorOrder = [],
  submitText = "Save and continue",
  addAnotherText,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  autosave: (formData: FormData) => Promise<AutosaveResult>;
  version: number;
  errorOrder?: string[];
  submitText?: string;
  /** Shows a second button that saves and comes back to this page with a new blank row. */
  addAnotherText?: string;
  children: (fields: SectionFields) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  const [currentVersion, setCurrentVersion] = useState(version);
  const [autosaveStatus, setAutosaveStatus] = useState("");
  const [autosaving, setAutosaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const versionRef = useRef(version);
  const inFlight = useRef(false);
  const changedWhileSaving = useRef(false);
  const errors = state.status === "invalid" ? state.fieldErrors : {};

  useEffect(() => () => clearTimeout(timer.current), []);

  // React resets a form after its action, and applies a select's default only when it mounts: remounting
  // the fields after each answer re-seeds every one (selects included) with what the person posted.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (state !== idle) setAttempt((n) => n + 1);
  }, [state]);

  async function saveNow() {
    if (!form.current) return;
    if (inFlight.current) {
      changedWhileSaving.current = true;
      return;
    }
    const data = new FormData(form.current);
    data.set("expectedVersion", String(versionRef.current));
    inFlight.current = true;
    setAutosaving(true);
    try {
      const result = await autosave(data);
      if (result.status === "saved") {
        versionRef.current = result.version;
        setCurrentVersion(result.version);
        setAutosaveStatus(`Draft saved at ${result.savedAt}`);
      } else {
        setAutosaveStatus(result.message);
      }
    } catch {
      setAutosaveStatus("Your latest changes could not be saved automatically. Select the save button to save them.");
    } finally {
      inFlight.current = false;
      setAutosaving(false);
      if (changedWhileSaving.current) {
        changedWhileSaving.current = false;
        schedule();
      }
    }
  }

  function schedule() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }

  return (
    <form ref={form} action={formAction} noValidate onChange={schedule} onSubmit={() => clearTimeout(timer.current)}>
      <ErrorSummary errors={errorSummaryItems(errors, errorOrder)} />
      {state.status === "conflict" && (
        <div role="status">
          <WarningText>{state.message}</WarningText>
        </div>
      )}
      <input type="hidden" name="expectedVersion" value={currentVersion} />
      <Fragment key={attempt}>{children(fieldsFor(state))}</Fragment>
      <p role="status" className="govuk-body-s text-govuk-secondary-text" data-testid="autosave-status">
        {autosaveStatus}
      </p>
      <div className="flex flex-wrap items-baseline gap-x-4">
        <Button name="intent" value="continue" disabled={pending || autosaving}>
          {submitText}
        </Button>
        {addAnotherText && (
          <Button name="intent" value="add" variant="secondary" disabled={pending || autosaving}>
            {addAnotherText}
          </Button>
        )}
      </div>
    </form>
  );
}
