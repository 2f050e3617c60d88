"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { NotificationBanner } from "@/components/notification-banner";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { TRAILBLAZERS } from "@/catalogue/cohorts";
import { SCORE_SCALE } from "@/domain/selection/scoring";
import { fieldId, fieldName } from "@/schemas/form-data";
import { idle, valueOf, type FormState, type SubmittedValues } from "@/schemas/form-state";

const ORDER = TRAILBLAZERS.criteria.flatMap((c) => [fieldName("criteria", c.id, "score"), fieldName("criteria", c.id, "comment")]);

export function ScoreForm({ action, initial }: { action: (s: FormState, f: FormData) => Promise<FormState>; initial: SubmittedValues }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "invalid" ? state.values : state.status === "saved" ? (state.values ?? initial) : initial;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errorSummaryItems(errors, ORDER)} />
      {state.status === "saved" && <NotificationBanner variant="success" title="Success" heading={state.message} />}
      {TRAILBLAZERS.criteria.map((c) => {
        const score = fieldName("criteria", c.id, "score");
        const comment = fieldName("criteria", c.id, "comment");
        return (
          <div key={c.id}>
            <Radios
              id={fieldId(score)}
              name={score}
              legend={c.text}
              legendSize="s"
              inline
              error={errors[score]}
              defaultValue={valueOf(values, score)}
              items={SCORE_SCALE.map((s) => ({ value: String(s.score), label: `${s.score} ${s.label}` }))}
            />
            <Textarea id={fieldId(comment)} name={comment} label="Why this score" labelSize="s" rows={2} error={errors[comment]} defaultValue={valueOf(values, comment)} />
          </div>
        );
      })}
      <Button disabled={pending}>Save scores</Button>
    </form>
  );
}
