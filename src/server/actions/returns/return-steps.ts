"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formDataToObject } from "@/schemas/form-data";
import { fieldErrorsFrom, submittedValues, type FormState } from "@/schemas/form-state";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { asFormState } from "@/server/actions/submissions/transition-result";
import { startReturn } from "@/server/returns/start-return";
import { sendReturnForSignOff, signReturn } from "@/server/returns/return-workflow";
import { returnPath } from "@/server/returns/return-paths";
import { safeRedirectPath } from "@/server/safe-redirect";

// The return's own workflow steps: each checks the period's window before the engine's step. Withdraw,
// decline and review need no window and use the generic actions.

export interface ReturnStepTarget {
  submissionId: string;
  expectedVersion: number;
  next: string;
}

function done(next: string): never {
  const path = safeRedirectPath(next);
  revalidatePath(path);
  redirect(path);
}

export async function startReturnAction(target: { gssCode: string; periodId: string }, _previous: FormState, _formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const { db } = await getDatabase();
  const refused = await asFormState(() => startReturn({ db, actor, localAuthorityGss: target.gssCode, periodId: target.periodId }));
  return refused ?? done(returnPath(target.gssCode, target.periodId));
}

export async function sendReturnForSignOffAction(target: ReturnStepTarget, _previous: FormState, _formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const { db } = await getDatabase();
  const refused = await asFormState(() => sendReturnForSignOff({ db, actor, submissionId: target.submissionId, expectedVersion: target.expectedVersion }));
  return refused ?? done(target.next);
}

const ZSign = z.object({
  reviewedSha256: z.string().regex(/^[0-9a-f]{64}$/, "Reload the page and read the return again before you sign"),
  declaration: z.literal("confirmed", { error: "Confirm the declaration to sign" }),
});

export async function signReturnAction(target: ReturnStepTarget, _previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = ZSign.safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error), values: submittedValues(formData) };
  const actor = await requireActor();
  const { db } = await getDatabase();
  const refused = await asFormState(() => signReturn({ db, actor, submissionId: target.submissionId, expectedVersion: target.expectedVersion, reviewedSha256: parsed.data.reviewedSha256 }));
  return refused ?? done(target.next);
}
