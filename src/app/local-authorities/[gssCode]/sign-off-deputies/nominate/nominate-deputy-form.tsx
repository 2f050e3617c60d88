"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { Radios } from "@/components/radios";
import { valueOf, type FormState } from "@/schemas/form-state";
import type { Colleague } from "@/server/deputies/manage-deputies";

/** Choose a colleague to sign on the accountable lead's behalf. */
export function NominateDeputyForm({ action, candidates, caption }: { action: (state: FormState, formData: FormData) => Promise<FormState>; candidates: Colleague[]; caption: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "invalid" ? state.values : undefined;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errorSummaryItems(errors, ["deputyId"])} />
      <Radios
        id="deputyId"
        name="deputyId"
        legend={
          <>
            <span className="govuk-caption-l block">{caption}</span>
            Who else can sign on your behalf?
          </>
        }
        legendAsHeading
        legendSize="l"
        hint="Choose someone who can check the content and make the declaration as you would."
        defaultValue={valueOf(values, "deputyId")}
        error={errors.deputyId}
        items={candidates.map((c) => ({ value: c.id, label: c.name, hint: `${c.roleLabel}, ${c.email}` }))}
      />
      <Button disabled={pending}>Nominate</Button>
    </form>
  );
}
