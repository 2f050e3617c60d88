"use client";

import { SectionForm } from "@/components/submission/section-form";
import { Textarea } from "@/components/textarea";
import type { FormState } from "@/schemas/form-state";
import type { TPlanAmbition } from "@/schemas/plan/ambition";

export function AmbitionForm({ action, version, saved }: { action: (s: FormState, f: FormData) => Promise<FormState>; version: number; saved?: TPlanAmbition }) {
  return (
    <SectionForm action={action} version={version} errorOrder={["ambition", "earlyHelpFit", "startingPoint"]}>
      {(f) => (
        <>
          <Textarea
            id="ambition"
            name="ambition"
            label="What is your overall ambition for the three years?"
            labelSize="m"
            hint="Describe the change families will see by March 2025."
            rows={6}
            defaultValue={f.value("ambition", saved?.ambition)}
            error={f.error("ambition")}
          />
          <Textarea
            id="earlyHelpFit"
            name="earlyHelpFit"
            label="How does this plan fit your local early help strategy?"
            labelSize="m"
            rows={5}
            defaultValue={f.value("earlyHelpFit", saved?.earlyHelpFit)}
            error={f.error("earlyHelpFit")}
          />
          <Textarea
            id="startingPoint"
            name="startingPoint"
            label="What is your starting point?"
            labelSize="m"
            hint="The family hub services and Start for Life support you have today."
            rows={5}
            defaultValue={f.value("startingPoint", saved?.startingPoint)}
            error={f.error("startingPoint")}
          />
        </>
      )}
    </SectionForm>
  );
}
