"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { fieldId, fieldName } from "@/schemas/form-data";
import { idle, valueOf, type FormState, type SubmittedValues } from "@/schemas/form-state";

function listOf(values: SubmittedValues | undefined, key: string): string[] {
  const value = values?.[key];
  return Array.isArray(value) ? value : value ? [value] : [];
}

/** Approve, or return naming each section that needs changes with a reason. */
export function ReviewDecisionForm({ action, sections }: { action: (s: FormState, f: FormData) => Promise<FormState>; sections: { key: string; title: string }[] }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = state.status === "invalid" || state.status === "conflict" ? state.fieldErrors : {};
  const values = state.status === "invalid" ? state.values : undefined;
  const message = state.status === "conflict" ? state.message : undefined;
  const items = errorSummaryItems(errors, ["decision", "sections", ...sections.map((s) => fieldName("reasons", s.key))]);
  return (
    <form action={formAction} noValidate>
      {(items.length > 0 || message) && <ErrorSummary description={message} errors={items.length ? items : [{ href: "#decision", text: message ?? "" }]} />}
      <Radios
        id="decision"
        name="decision"
        legend="Your decision"
        legendSize="m"
        defaultValue={valueOf(values, "decision")}
        error={errors.decision}
        items={[
          { value: "approve", label: "Approve it" },
          { value: "return", label: "Return it for changes" },
        ]}
      />
      <Checkboxes
        id="sections"
        name="sections[]"
        legend="If you are returning it, which sections need changes?"
        legendSize="s"
        hint="Give a reason for each section you select."
        defaultValue={listOf(values, "sections[]")}
        error={errors.sections}
        items={sections.map((s) => {
          const name = fieldName("reasons", s.key);
          return {
            value: s.key,
            label: s.title,
            conditional: <Textarea id={fieldId(name)} name={name} rows={2} label={`What needs to change in “${s.title}”`} labelSize="s" defaultValue={valueOf(values, name)} error={errors[name]} />,
          };
        })}
      />
      <Textarea id="summary" name="summary" rows={3} label="Message to the local authority (optional)" labelSize="s" defaultValue={valueOf(values, "summary")} />
      <Button disabled={pending}>Confirm decision</Button>
    </form>
  );
}
