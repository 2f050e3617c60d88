"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/schemas/form-state";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { isAppError } from "@/server/errors";
import { grantPath, startGrantStatement } from "@/server/grants/grant-statements";

export async function startGrantStatementAction(target: { gssCode: string; periodId: string }, _previous: FormState, _formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const { db } = await getDatabase();
  try {
    await startGrantStatement({ db, actor, localAuthorityGss: target.gssCode, periodId: target.periodId });
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") return { status: "invalid", fieldErrors: {}, values: {}, message: error.message };
    throw error;
  }
  redirect(grantPath(encodeURIComponent(target.gssCode), encodeURIComponent(target.periodId)));
}
