"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { TextInput } from "@/components/text-input";
import { useInstantChecks } from "@/components/use-instant-checks";
import { WarningText } from "@/components/warning-text";
import { ZTokenName } from "@/schemas/api-token";
import type { CreateTokenState } from "@/server/actions/api-tokens/api-token-actions";

/** Name a new token; the response shows its secret once, to copy into the LA's system. */
export function CreateTokenForm({ action }: { action: (state: CreateTokenState, formData: FormData) => Promise<CreateTokenState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as CreateTokenState);
  const { register, onSubmit, errors } = useInstantChecks(ZTokenName, state.status === "invalid" ? { name: state.error } : {});
  return (
    <>
      {state.status === "created" && (
        <NotificationBanner variant="success" heading={`Token “${state.name}” created`}>
          <p>Copy this token into your system now. It will not be shown again: if you lose it, revoke it and create another.</p>
          <p>
            <label htmlFor="new-token-secret" className="govuk-font-19 mb-[5px] block font-bold">
              Your new API token
            </label>
            <input id="new-token-secret" readOnly value={state.secret} className="govuk-font-19 box-border w-full border-2 border-govuk-input-border p-[5px] font-mono" />
          </p>
        </NotificationBanner>
      )}
      <form action={formAction} onSubmit={onSubmit} noValidate>
        {errors.name && <ErrorSummary errors={[{ href: "#name", text: errors.name }]} />}
        <h2 className="govuk-heading-m">Create a token</h2>
        <TextInput
          id="name"
          label="Name of the token"
          labelSize="s"
          hint="Say which system will use it, for example ‘Early help case management’."
          width={20}
          defaultValue={state.status === "invalid" ? state.name : ""}
          error={errors.name}
          {...register("name")}
        />
        <WarningText>Anyone with the token can change your return’s management information while it is a draft. Keep it secret.</WarningText>
        <Button disabled={pending}>Create token</Button>
      </form>
    </>
  );
}
