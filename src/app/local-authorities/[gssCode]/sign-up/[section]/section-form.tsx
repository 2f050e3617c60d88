"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { PageHeading } from "@/components/page-heading";
import type { SignUpSectionKey } from "@/domain/sign-up/sections";
import { idle, type FormState, type SubmittedValues } from "@/schemas/form-state";
import { fieldAccess, type FieldAccess } from "../form-values";
import { CommitmentsFields, commitmentsOrder } from "./fields/commitments-fields";
import { ConsulteesFields, consulteesOrder } from "./fields/consultees-fields";
import { EIF_ORDER, EifFields, RESEARCH_ORDER, ResearchFields } from "./fields/eif-research-fields";
import { GoFurtherFields, goFurtherOrder } from "./fields/go-further-fields";
import { SignatoriesFields, signatoriesOrder, signatoriesTargets } from "./fields/signatories-fields";
import { TrailblazerFields, trailblazerOrder } from "./fields/trailblazer-fields";

const SECTIONS: Record<SignUpSectionKey, { Fields: (props: { f: FieldAccess }) => React.ReactNode; order: () => string[]; targets?: () => Record<string, string> }> = {
  commitments: { Fields: CommitmentsFields, order: commitmentsOrder },
  "go-further-intentions": { Fields: GoFurtherFields, order: goFurtherOrder },
  signatories: { Fields: SignatoriesFields, order: signatoriesOrder, targets: signatoriesTargets },
  consultees: { Fields: ConsulteesFields, order: consulteesOrder },
  "eif-support": { Fields: EifFields, order: () => EIF_ORDER },
  research: { Fields: ResearchFields, order: () => RESEARCH_ORDER },
  "trailblazer-application": { Fields: TrailblazerFields, order: trailblazerOrder },
};

/**
 * One sign-up section as a plain form: works without JavaScript, and after a refusal shows the error
 * summary, a message at each field and everything the user typed.
 */
export function SectionForm({
  sectionKey,
  title,
  caption,
  action,
  initial,
  expectedVersion,
}: {
  sectionKey: SignUpSectionKey;
  title: string;
  caption: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: SubmittedValues;
  expectedVersion: number;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "invalid" || state.status === "conflict" ? state.values : initial;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const { Fields, order, targets } = SECTIONS[sectionKey];
  const items = errorSummaryItems(errors, order(), targets?.() ?? {});
  const conflict = state.status === "conflict" ? state.message : undefined;
  return (
    <form action={formAction} noValidate>
      {(items.length > 0 || conflict) && <ErrorSummary description={conflict} errors={items} />}
      <PageHeading caption={caption}>{title}</PageHeading>
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <Fields f={fieldAccess(values, errors)} />
      <Button disabled={pending}>Save and continue</Button>
    </form>
  );
}
