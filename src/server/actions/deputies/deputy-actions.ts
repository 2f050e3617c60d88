"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { fieldErrorsFrom, submittedValues, type FormState } from "@/schemas/form-state";
import { ZNominateDeputy } from "@/schemas/sign-off-deputy";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { deputiesPath, nominateDeputy, removeDeputy } from "@/server/deputies/manage-deputies";
import { isAppError } from "@/server/errors";

export async function nominateDeputyAction(gssCode: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = submittedValues(formData);
  const parsed = ZNominateDeputy.safeParse({ deputyId: formData.get("deputyId") ?? undefined });
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error), values };
  const { db } = await getDatabase();
  let nominationId: string;
  try {
    ({ nominationId } = await nominateDeputy({ db, actor, localAuthorityGss: gssCode, deputyId: parsed.data.deputyId }));
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return { status: "invalid", fieldErrors: { deputyId: error.message }, values };
    throw error;
  }
  revalidatePath(deputiesPath(gssCode));
  // The page names the new deputy from its own list, so the link carries no text to show.
  redirect(`${deputiesPath(gssCode)}?nominated=${encodeURIComponent(nominationId)}`);
}

export type RemoveDeputyState = { status: "idle" } | { status: "refused"; message: string };

export async function removeDeputyAction(target: { gssCode: string; nominationId: string }, _previous: RemoveDeputyState, _formData: FormData): Promise<RemoveDeputyState> {
  const actor = await requireActor();
  const { db } = await getDatabase();
  try {
    await removeDeputy({ db, actor, localAuthorityGss: target.gssCode, nominationId: target.nominationId });
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return { status: "refused", message: error.message };
    throw error;
  }
  revalidatePath(deputiesPath(target.gssCode));
  redirect(`${deputiesPath(target.gssCode)}?removed=1`);
}
