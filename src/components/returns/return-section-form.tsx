"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/button";
import { SectionForm, type SectionFields } from "@/components/submission/section-form";
import { useAutosave, type AutosaveResult } from "@/components/submission/use-autosave";
import type { FormState } from "@/schemas/form-state";

export type { AutosaveResult };

/**
 * The frame of a return section form: the generic SectionForm with autosave, and save buttons that say
 * whether to come back for another row. Without JavaScript the buttons still save.
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
  const draft = useAutosave(autosave, version);
  return (
    <SectionForm
      action={action}
      version={version}
      errorOrder={errorOrder}
      autosave={draft}
      remountFieldsAfterAnswer
      footer={(busy) => (
        <div className="flex flex-wrap items-baseline gap-x-4">
          <Button name="intent" value="continue" disabled={busy}>
            {submitText}
          </Button>
          {addAnotherText && (
            <Button name="intent" value="add" variant="secondary" disabled={busy}>
              {addAnotherText}
            </Button>
          )}
        </div>
      )}
    >
      {children}
    </SectionForm>
  );
}
