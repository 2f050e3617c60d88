"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { SIGN_UP_PERIOD, signUpKindServer } from "@/server/sign-up/sign-up-kind";
import { startSubmission } from "@/server/submissions/start-submission";

/** "Start your sign-up": creates the draft (or finds the one someone else started) and opens its task list. */
export async function startSignUpAction(localAuthorityGss: string): Promise<void> {
  const actor = await requireActor();
  const { db } = await getDatabase();
  const submission = await startSubmission({ db, actor, kindServer: signUpKindServer, localAuthorityGss, periodKey: SIGN_UP_PERIOD });
  const path = `/local-authorities/${submission.localAuthorityGss}/sign-up`;
  revalidatePath(path);
  redirect(path);
}
