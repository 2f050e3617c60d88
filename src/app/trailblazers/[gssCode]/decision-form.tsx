"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { NotificationBanner } from "@/components/notification-banner";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import type { TrailblazerStrand } from "@/catalogue/cohorts";
import { fieldId, fieldName } from "@/schemas/form-data";
import { idle, valueOf, type FormState, type SubmittedValues } from "@/schemas/form-state";

/** A decision per strand for one wave; refusals from the selection rules come back against each strand. */
export function DecisionForm({
  action,
  strands,
  initial,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  strands: { id: TrailblazerStrand; name: string; topUp: string }[];
  initial: SubmittedValues;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "invalid" ? state.values : initial;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const order = strands.flatMap((s) => [fieldName("decisions", s.id), fieldName("feedback", s.id)]);
  const items = errorSummaryItems(errors, order, { form: `#${fieldId(fieldName("decisions", strands[0]?.id ?? ""))}` });
  return (
    <form action={formAction} noValidate>
      {items.length > 0 && <ErrorSummary description={state.status === "invalid" ? state.message : undefined} errors={items} />}
      {state.status === "saved" && <NotificationBanner variant="success" title="Success" heading={state.message} />}
      {strands.map((s) => {
        const decision = fieldName("decisions", s.id);
        const feedback = fieldName("feedback", s.id);
        return (
          <div key={s.id}>
            <Radios
              id={fieldId(decision)}
              name={decision}
              legend={s.name}
              legendSize="s"
              error={errors[decision]}
              defaultValue={valueOf(values, decision) ?? "pending"}
              items={[
                { value: "selected", label: "Selected", hint: `Creates the 2022 to 2023 top-up of ${s.topUp}` },
                { value: "not-selected", label: "Not selected" },
                { value: "pending", label: "No decision yet" },
              ]}
            />
            <Textarea id={fieldId(feedback)} name={feedback} label={`Feedback to the local authority on ${s.name.toLowerCase()}`} labelSize="s" rows={2} error={errors[feedback]} defaultValue={valueOf(values, feedback)} />
          </div>
        );
      })}
      <Button disabled={pending}>Record decisions</Button>
    </form>
  );
}
