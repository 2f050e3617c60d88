"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorMessage } from "@/components/error-message";
import type { RemoveDeputyState } from "@/server/actions/deputies/deputy-actions";

/** No "are you sure" page: removing a deputy is undone by nominating them again. */
export function RemoveDeputyForm({ id, name, action }: { id: string; name: string; action: (state: RemoveDeputyState, formData: FormData) => Promise<RemoveDeputyState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as RemoveDeputyState);
  return (
    <form action={formAction}>
      <div role="alert">{state.status === "refused" && <ErrorMessage id={`${id}-error`}>{state.message}</ErrorMessage>}</div>
      <Button id={id} variant="secondary" className="mb-0" disabled={pending} aria-describedby={state.status === "refused" ? `${id}-error` : undefined}>
        Remove<span className="sr-only"> {name}</span>
      </Button>
    </form>
  );
}
