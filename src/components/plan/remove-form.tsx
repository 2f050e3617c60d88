"use client";

import Link from "next/link";
import { SectionForm } from "@/components/submission/section-form";
import type { FormField } from "@/domain/plan/form-fields";
import type { FormState } from "@/schemas/form-state";
import { HiddenFields } from "./hidden-fields";

/**
 * Confirms removing one item of a list (a hub, a milestone, an idea): posts the section without it, so the removal
 * is a compare-and-set save like any other.
 */
export function RemoveForm({
  action,
  version,
  fields,
  submitText,
  cancelHref,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  version: number;
  fields: readonly FormField[];
  submitText: string;
  cancelHref: string;
}) {
  return (
    <>
      <SectionForm action={action} version={version} submitText={submitText}>
        {() => <HiddenFields fields={fields} />}
      </SectionForm>
      <p>
        <Link href={cancelHref}>Cancel and keep it</Link>
      </p>
    </>
  );
}
