"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { Radios } from "@/components/radios";
import { useInstantChecks } from "@/components/use-instant-checks";
import { valueOf, type FormState } from "@/schemas/form-state";
import { ZNominateDeputy } from "@/schemas/sign-off-deputy";
import type { Colleague } from "@/server/deputies/manage-deputies";

/** Choose a colleague to sign on the accountable lead's behalf. */
export function NominateDeputyForm({ action, candidates, caption }: { action: (state: FormState, formData: FormData) => Promise<FormState>; candidates: Colleague[]; caption: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const { register, onSubmit, errors } = useInstantChecks(ZNominateDeputy, state.status === "invalid" ? state.fieldErrors : {});
  const values = state.status === "invalid" ? state.values : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errorSummaryItems(errors, ["deputyId"])} />
      <Radios
        id="deputyId"
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
        {...register("deputyId")}
      />
      <Button disabled={pending}>Nominate</Button>
    </form>
  );
}
