"use server";

import { redirect } from "next/navigation";
import { ZSignIn } from "@/schemas/sign-in";
import { fieldErrorsFrom, submittedValues, type FormState } from "@/schemas/form-state";
import { getDatabase } from "@/server/db/database";
import { startSession } from "@/server/auth/session-cookie";
import { verifyCredentials, LOCKOUT_MINUTES } from "@/server/auth/verify-credentials";
import { formatLondonTime } from "@/domain/dates";

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["password"]);
  const parsed = ZSignIn.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error), values };

  const { db } = await getDatabase();
  const outcome = await verifyCredentials(db, parsed.data.email, parsed.data.password);
  if (!outcome.ok) {
    const message =
      outcome.reason === "locked"
        ? `Your account is locked for ${LOCKOUT_MINUTES} minutes because of too many failed sign-in attempts. Try again after ${formatLondonTime(outcome.lockedUntil)}.`
        : "Enter a correct email address and password";
    return { status: "invalid", fieldErrors: { email: message }, values };
  }
  await startSession(outcome.userId);
  redirect("/");
}
