import "server-only";
import { londonDate } from "@/catalogue/calendar";
import type { SignUpContext } from "@/domain/sign-up/context";
import { signUpDeadlineFor } from "@/domain/sign-up/deadline";
import { signUpDefinition } from "@/domain/sign-up/definition";
import { programmeNow } from "@/server/clock";
import type { Db, Tx } from "@/server/db/client";
import { extendedDueDate } from "@/server/deadlines/extend-deadline";
import type { SubmissionKindServer } from "@/server/submissions/kind-server";

export const SIGN_UP_PERIOD = "sign-up";

/**
 * The sign-up as the engine serves it. The context is loaded afresh for every check, and the engine checks
 * when the lead sends for sign-off and again when the accountable lead signs, so "today" is the moment of
 * each step: a sign-up sent in time but signed after the deadline is refused at the signing
 * ("sign-up-deadline-passed"), unless an administrator extended this LA's deadline.
 */
export async function loadSignUpContext(db: Db | Tx, localAuthorityGss: string, now = programmeNow()): Promise<SignUpContext> {
  const extendedTo = await extendedDueDate(db, { localAuthorityGss, kind: "SIGN_UP", periodKey: SIGN_UP_PERIOD });
  return { today: londonDate(now), deadline: signUpDeadlineFor(extendedTo) };
}

export const signUpKindServer: SubmissionKindServer<SignUpContext> = {
  definition: signUpDefinition,
  loadContext: (db, submission) => loadSignUpContext(db, submission.localAuthorityGss),
};
