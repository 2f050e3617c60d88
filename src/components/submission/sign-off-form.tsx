"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { idle, type FormState } from "@/schemas/form-state";

/** The signer confirms the declaration; the hash of what they read travels with the form. */
export function SignOffForm({ action, declaration, sha256, onBehalfOf }: { action: (s: FormState, f: FormData) => Promise<FormState>; declaration: string; sha256: string; onBehalfOf?: string }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = state.status === "invalid" || state.status === "conflict" ? state.fieldErrors : {};
  const message = state.status === "invalid" || state.status === "conflict" ? state.message : undefined;
  const items = errorSummaryItems(errors, ["declaration"]);
  return (
    <form action={formAction} noValidate>
      {(items.length > 0 || message) && <ErrorSummary description={message} errors={items.length ? items : [{ href: "#declaration", text: message ?? "" }]} />}
      <input type="hidden" name="reviewedSha256" value={sha256} />
      <Checkboxes
        id="declaration"
        name="declaration"
        legend={onBehalfOf ? `Declaration (you are signing on behalf of ${onBehalfOf})` : "Declaration"}
        legendSize="m"
        error={errors.declaration}
        items={[{ value: "confirmed", label: declaration }]}
      />
      <Button disabled={pending}>Sign and submit</Button>
    </form>
  );
}
