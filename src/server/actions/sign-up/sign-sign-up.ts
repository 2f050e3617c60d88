"use server";

import type { FormState } from "@/schemas/form-state";
import { signAction, type StepTarget } from "@/server/actions/submissions/workflow-actions";
import { getDatabase } from "@/server/db/database";
import { receiveTrailblazerApplications } from "@/server/selection/receive-applications";

/**
 * The engine's sign-off, then the trailblazer application (if any) goes to the panel at once. Receiving is
 * idempotent and the panel's queue receives too, so a failure here loses nothing.
 */
export async function signSignUpAction(target: StepTarget, previous: FormState, formData: FormData): Promise<FormState> {
  try {
    return await signAction({ ...target, kind: "SIGN_UP" }, previous, formData);
  } finally {
    const { db } = await getDatabase();
    await receiveTrailblazerApplications(db).catch((error: unknown) => console.error("Receiving trailblazer applications failed; the queue will retry.", error));
  }
}
