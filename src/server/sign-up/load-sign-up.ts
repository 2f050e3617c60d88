import "server-only";
import type { Action } from "@/domain/permissions";
import { requireLocalAuthority, type Actor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { findLatestRevision } from "@/server/submissions/load-submission";
import { SIGN_UP_PERIOD } from "./sign-up-kind";

export function signUpPath(gssCode: string): string {
  return `/local-authorities/${gssCode}/sign-up`;
}

/** The LA (404 unless the actor may do `action` there) and its latest sign-up revision, if started. */
export async function loadSignUp(actor: Actor, gssCode: string, action: Action = "la.view") {
  const la = await requireLocalAuthority(actor, gssCode, action);
  const { db } = await getDatabase();
  const submission = await findLatestRevision({ db, actor, kind: "SIGN_UP", localAuthorityGss: la.gssCode, periodKey: SIGN_UP_PERIOD });
  return { db, la, submission };
}
