"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { TextInput } from "@/components/text-input";
import { idle } from "@/schemas/form-state";
import { acceptInvitationAction } from "@/server/actions/users/accept-invitation";

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction.bind(null, token), idle);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errorSummaryItems(errors, ["password", "confirmPassword"])} />
      <TextInput id="password" name="password" label="New password" type="password" autoComplete="new-password" hint="At least 12 characters" error={errors.password} />
      <TextInput id="confirmPassword" name="confirmPassword" label="Confirm your new password" type="password" autoComplete="new-password" error={errors.confirmPassword} />
      <Button disabled={pending}>Set password</Button>
    </form>
  );
}
