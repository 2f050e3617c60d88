"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { idle, type FormState } from "@/schemas/form-state";

/**
 * A workflow step with no fields of its own (send for sign-off, withdraw) as a plain form.
 * Refusals from the engine come back as an error summary listing each problem.
 */
export function StepForm({
  action,
  buttonText,
  variant = "primary",
  errorOrder = [],
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  buttonText: string;
  variant?: "primary" | "secondary" | "warning";
  errorOrder?: string[];
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  const fieldErrors = state.status === "invalid" || state.status === "conflict" ? state.fieldErrors : {};
  const summary = errorSummaryItems(fieldErrors, errorOrder);
  const message = state.status === "invalid" || state.status === "conflict" ? state.message : undefined;
  return (
    <form action={formAction} noValidate>
      {(summary.length > 0 || message) && <ErrorSummary description={message} errors={summary.length ? summary : [{ href: "#main-content", text: message ?? "" }]} />}
      <Button variant={variant} disabled={pending}>
        {buttonText}
      </Button>
    </form>
  );
}
