"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { TextInput } from "@/components/text-input";
import { errorSummaryItems } from "@/components/form-errors";
import { idle, valueOf } from "@/schemas/form-state";
import { signIn } from "@/server/actions/auth/sign-in";

export function SignInForm({ problem }: { problem?: string }) {
  const [state, action, pending] = useActionState(signIn, idle);
  const errors = state.status === "invalid" ? state.fieldErrors : problem ? { email: problem } : {};
  const values = state.status === "invalid" ? state.values : undefined;
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errorSummaryItems(errors, ["email", "password"])} />
      <TextInput id="email" name="email" label="Email address" type="email" autoComplete="email" spellCheck={false} defaultValue={valueOf(values, "email")} error={errors.email} />
      <TextInput id="password" name="password" label="Password" type="password" autoComplete="current-password" error={errors.password} />
      <Button disabled={pending}>Sign in</Button>
    </form>
  );
}
