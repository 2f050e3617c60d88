"use client";

import { sectionFieldProps } from "@/components/section-field-props";
import type { ReturnSectionFormProps } from "@/components/section-form-props";
import { Textarea } from "@/components/textarea";
import type { TReturnAnnualQuestions } from "@/schemas/return/annual-questions";
import { ReturnSectionForm } from "./return-section-form";

const QUESTIONS: readonly { name: keyof TReturnAnnualQuestions; label: string }[] = [
  { name: "serviceImprovements", label: "What improvements have you made to services this year?" },
  { name: "jointWorking", label: "How are you taking a joined-up approach to delivery with local partners?" },
];

export function AnnualQuestionsForm({ action, autosave, version, saved }: ReturnSectionFormProps<TReturnAnnualQuestions>) {
  return (
    <ReturnSectionForm action={action} autosave={autosave} version={version} errorOrder={QUESTIONS.map((q) => q.name)}>
      {(f) =>
        QUESTIONS.map(({ name, label }) => <Textarea key={name} {...sectionFieldProps(f, name, saved?.[name])} label={label} labelSize="m" rows={6} />)
      }
    </ReturnSectionForm>
  );
}
