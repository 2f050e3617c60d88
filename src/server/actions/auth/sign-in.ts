"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { checkRateLimit, clientAddress, recordAttempt, SIGN_IN_FAILURE_LIMIT } from "@/server/rate-limit";
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

  // Failed attempts from one address are throttled; the lockout covers guessing one account.
  const rateKey = `sign-in:${clientAddress(await headers())}`;
  const decision = checkRateLimit(rateKey, SIGN_IN_FAILURE_LIMIT);
  if (!decision.allowed) {
    return { status: "invalid", fieldErrors: { email: `Too many failed sign-in attempts from your network. Wait ${decision.retryAfterSeconds} seconds and try again.` }, values };
  }
  const { db } = await getDatabase();
  const outcome = await verifyCredentials(db, parsed.data.email, parsed.data.password);
  if (!outcome.ok) {
    recordAttempt(rateKey, SIGN_IN_FAILURE_LIMIT);
    const message =
      outcome.reason === "locked"
        ? `Your account is locked for ${LOCKOUT_MINUTES} minutes because of too many failed sign-in attempts. Try again after ${formatLondonTime(outcome.lockedUntil)}.`
        : "Enter a correct email address and password";
    return { status: "invalid", fieldErrors: { email: message }, values };
  }
  await startSession(outcome.userId);
  redirect("/");
}
