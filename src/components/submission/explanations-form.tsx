"use client";

import { useActionState } from "react";
import Link from "next/link";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Textarea } from "@/components/textarea";
import { idle, valueOf, type FormState } from "@/schemas/form-state";

export interface WarningToExplain {
  key: string;
  message: string;
  sectionTitle: string;
  href?: string;
  explanation?: string;
}

/** One textarea per warning: a warning never blocks, but the lead must say why it is acceptable. */
export function ExplanationsForm({ action, warnings, expectedVersion }: { action: (s: FormState, f: FormData) => Promise<FormState>; warnings: WarningToExplain[]; expectedVersion: number }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "invalid" || state.status === "conflict" ? state.values : undefined;
  const message = state.status === "invalid" ? state.fieldErrors.form : state.status === "conflict" ? state.message : undefined;
  return (
    <form action={formAction} noValidate>
      {message && <ErrorSummary errors={[{ href: "#explanations-0-text", text: message }]} />}
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      {warnings.map((w, i) => (
        <div key={w.key} className="mb-6 border-l-4 border-govuk-orange pl-4">
          <p className="govuk-font-16 mb-1 text-govuk-secondary-text">{w.sectionTitle}</p>
          <p className="mb-2 font-bold">{w.href ? <Link href={w.href}>{w.message}</Link> : w.message}</p>
          <input type="hidden" name={`explanations[${i}].key`} value={w.key} />
          <Textarea
            id={`explanations-${i}-text`}
            name={`explanations[${i}].text`}
            rows={2}
            label="Why this is acceptable"
            labelSize="s"
            defaultValue={valueOf(values, `explanations[${i}].text`) ?? w.explanation ?? ""}
          />
        </div>
      ))}
      <Button variant="secondary" disabled={pending}>
        Save explanations
      </Button>
    </form>
  );
}
