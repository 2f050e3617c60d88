"use client";

import { SectionForm } from "@/components/submission/section-form";
import { Textarea } from "@/components/textarea";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FormState } from "@/schemas/form-state";
import type { TPlanTrailblazerCommitments } from "@/schemas/plan/trailblazer-commitments";
import { YEAR_ONE_END } from "@/catalogue/deadlines";
import { formatDate } from "@/domain/dates";

/** One commitment per trailblazer strand the LA was selected for; every row posts, blank or not (progress reads it). */
export function TrailblazerCommitmentsForm({
  action,
  version,
  strands,
  saved,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  version: number;
  strands: readonly { id: string; name: string }[];
  saved?: TPlanTrailblazerCommitments;
}) {
  const name = (strand: string) => fieldName("strands", strand, "commitment");
  return (
    <SectionForm action={action} version={version} errorOrder={strands.map((s) => name(s.id))}>
      {(f) =>
        strands.map((s) => (
          <Textarea
            key={s.id}
            id={fieldId(name(s.id))}
            name={name(s.id)}
            label={`What will you deliver for families in ${s.name.toLowerCase()} by ${formatDate(YEAR_ONE_END)}?`}
            labelSize="m"
            hint="Visible, tangible change for families in 2022 to 2023."
            rows={5}
            defaultValue={f.value(name(s.id), saved?.strands[s.id as keyof TPlanTrailblazerCommitments["strands"]]?.commitment)}
            error={f.error(name(s.id))}
          />
        ))
      }
    </SectionForm>
  );
}
