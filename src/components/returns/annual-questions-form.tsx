"use client";

import { Textarea } from "@/components/textarea";
import type { FormState } from "@/schemas/form-state";
import type { TReturnAnnualQuestions } from "@/schemas/return/annual-questions";
import { ReturnSectionForm, type AutosaveResult } from "./return-section-form";

export function AnnualQuestionsForm({
  action,
  autosave,
  version,
  saved,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  autosave: (f: FormData) => Promise<AutosaveResult>;
  version: number;
  saved?: TReturnAnnualQuestions;
}) {
  return (
    <ReturnSectionForm action={action} autosave={autosave} version={version} errorOrder={["serviceImprovements", "jointWorking"]}>
      {(f) => (
        <>
          <Textarea
            id="serviceImprovements"
            name="serviceImprovements"
            label="What improvements have you made to services this year?"
            labelSize="m"
            rows={6}
            defaultValue={f.value("serviceImprovements", saved?.serviceImprovements)}
            error={f.error("serviceImprovements")}
          />
          <Textarea
            id="jointWorking"
            name="jointWorking"
            label="How are you taking a joined-up approach to delivery with local partners?"
            labelSize="m"
            rows={6}
            defaultValue={f.value("jointWorking", saved?.jointWorking)}
            error={f.error("jointWorking")}
          />
        </>
      )}
    </ReturnSectionForm>
  );
}
