"use client";

import { sectionFieldProps } from "@/components/section-field-props";
import type { SectionFormProps } from "@/components/section-form-props";
import { SectionForm } from "@/components/submission/section-form";
import { Textarea } from "@/components/textarea";
import type { TPlanAmbition } from "@/schemas/plan/ambition";

const QUESTIONS: readonly { name: keyof TPlanAmbition; label: string; hint?: string; rows: number }[] = [
  { name: "ambition", label: "What is your overall ambition for the three years?", hint: "Describe the change families will see by March 2025.", rows: 6 },
  { name: "earlyHelpFit", label: "How does this plan fit your local early help strategy?", rows: 5 },
  { name: "startingPoint", label: "What is your starting point?", hint: "The family hub services and Start for Life support you have today.", rows: 5 },
];

export function AmbitionForm({ action, version, saved }: SectionFormProps<TPlanAmbition>) {
  return (
    <SectionForm action={action} version={version} errorOrder={QUESTIONS.map((q) => q.name)}>
      {(f) =>
        QUESTIONS.map(({ name, ...question }) => <Textarea key={name} {...sectionFieldProps(f, name, saved?.[name])} labelSize="m" {...question} />)
      }
    </SectionForm>
  );
}
