"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldName, formDataToObject } from "@/schemas/form-data";
import { fieldErrorsFrom, submittedValues, type FormState } from "@/schemas/form-state";
import type { SubmissionKind } from "@/domain/submissions/types";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { kindServerFor } from "@/server/submissions/registry";
import { sendForSignOff } from "@/server/submissions/send-for-sign-off";
import { declineSignOff, signSubmission } from "@/server/submissions/sign-submission";
import { withdrawSubmission } from "@/server/submissions/withdraw-submission";
import { approveSubmission, returnForChanges } from "@/server/submissions/review-submission";
import { safeRedirectPath } from "@/server/safe-redirect";
import { asFormState } from "./transition-result";

// The workflow steps as form actions. Each is bound by its page to the submission and the
// version the user saw; the engine re-checks everything, so edited bound values gain nothing.

export interface StepTarget {
  kind: SubmissionKind;
  submissionId: string;
  expectedVersion: number;
  /** Where to go once done. */
  next: string;
}

async function context(target: StepTarget) {
  const actor = await requireActor();
  const { db } = await getDatabase();
  const kindServer = await kindServerFor(target.kind);
  const base = { db, actor, kindServer, submissionId: target.submissionId, expectedVersion: target.expectedVersion };
  return base;
}

function done(target: StepTarget): never {
  const next = safeRedirectPath(target.next);
  revalidatePath(next);
  redirect(next);
}

export async function sendForSignOffAction(target: StepTarget, _previous: FormState, _formData: FormData): Promise<FormState> {
  const base = await context(target);
  const refused = await asFormState(() => sendForSignOff(base));
  return refused ?? done(target);
}

export async function withdrawAction(target: StepTarget, _previous: FormState, _formData: FormData): Promise<FormState> {
  const base = await context(target);
  const refused = await asFormState(() => withdrawSubmission(base));
  return refused ?? done(target);
}

const ZSign = z.object({
  reviewedSha256: z.string().regex(/^[0-9a-f]{64}$/, "Reload the page and read the document again before you sign"),
  declaration: z.literal("confirmed", { error: "Confirm the declaration to sign" }),
});

export async function signAction(target: StepTarget, _previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = ZSign.safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error), values: submittedValues(formData) };
  const base = await context(target);
  const refused = await asFormState(() => signSubmission({ ...base, reviewedSha256: parsed.data.reviewedSha256 }));
  return refused ?? done(target);
}

const ZDecline = z.object({ reason: z.string().trim().min(1, "Enter why you are not signing, so the lead knows what to change").max(2000, "Keep the reason to 2,000 characters or fewer") });

export async function declineAction(target: StepTarget, _previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = ZDecline.safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error), values: submittedValues(formData) };
  const base = await context(target);
  const refused = await asFormState(() => declineSignOff({ ...base, reason: parsed.data.reason }));
  return refused ?? done(target);
}

const ZDecision = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), summary: z.string().trim().max(2000).optional() }),
  z.object({
    decision: z.literal("return"),
    summary: z.string().trim().max(2000).optional(),
    sections: z.array(z.string()).default([]),
    reasons: z.record(z.string(), z.string().trim().max(2000, "Keep each reason to 2,000 characters or fewer")).default({}),
  }),
], { error: "Select whether to approve or return it for changes" });

export async function reviewDecisionAction(target: StepTarget, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData);
  const parsed = ZDecision.safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error), values };
  const base = await context(target);
  const decision = parsed.data;
  if (decision.decision === "approve") {
    const refused = await asFormState(() => approveSubmission({ ...base, summary: decision.summary }));
    return refused ?? done(target);
  }
  const fieldErrors: Record<string, string> = {};
  if (decision.sections.length === 0) fieldErrors.sections = "Select each section that needs changes";
  for (const key of decision.sections) {
    if (!decision.reasons[key]) fieldErrors[fieldName("reasons", key)] = "Say what needs to change in this section";
  }
  if (Object.keys(fieldErrors).length) return { status: "invalid", fieldErrors, values };
  const comments = decision.sections.map((sectionKey) => ({ sectionKey, reason: decision.reasons[sectionKey] ?? "" }));
  const refused = await asFormState(() => returnForChanges({ ...base, comments, summary: decision.summary }));
  return refused ?? done(target);
}
