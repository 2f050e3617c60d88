"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import type { RevokeTokenState } from "@/server/actions/api-tokens/api-token-actions";

export function RevokeTokenForm({ action }: { action: (state: RevokeTokenState, formData: FormData) => Promise<RevokeTokenState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as RevokeTokenState);
  return (
    <form action={formAction} noValidate>
      {state.status === "refused" && <ErrorSummary errors={[{ href: "#main-content", text: state.message }]} />}
      <Button variant="warning" disabled={pending}>
        Yes, revoke this token
      </Button>
    </form>
  );
}
