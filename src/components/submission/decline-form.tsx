"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { Textarea } from "@/components/textarea";
import { idle, valueOf, type FormState } from "@/schemas/form-state";

export function DeclineForm({ action }: { action: (s: FormState, f: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = state.status === "invalid" || state.status === "conflict" ? state.fieldErrors : {};
  const values = state.status === "invalid" ? state.values : undefined;
  const message = state.status === "conflict" ? state.message : undefined;
  const items = errorSummaryItems(errors, ["reason"]);
  return (
    <form action={formAction} noValidate>
      {(items.length > 0 || message) && <ErrorSummary description={message} errors={items.length ? items : [{ href: "#reason", text: message ?? "" }]} />}
      <Textarea id="reason" name="reason" label="Why are you not signing it?" labelSize="s" hint="The lead will see this and can change the document before sending it again." defaultValue={valueOf(values, "reason")} error={errors.reason} />
      <Button variant="secondary" disabled={pending}>
        Send it back to the lead
      </Button>
    </form>
  );
}
