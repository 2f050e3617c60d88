"use server";

import { redirect } from "next/navigation";
import { ZSetPassword } from "@/schemas/sign-in";
import { fieldErrorsFrom, type FormState } from "@/schemas/form-state";
import { getDatabase } from "@/server/db/database";
import { isAppError } from "@/server/errors";
import { acceptInvitation } from "@/server/users/accept-invitation";

export async function acceptInvitationAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = ZSetPassword.safeParse(Object.fromEntries(formData));
  // Passwords are never sent back to the browser.
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error), values: {} };
  const { db } = await getDatabase();
  try {
    await acceptInvitation({ db, token, password: parsed.data.password });
  } catch (error) {
    if (isAppError(error)) return { status: "invalid", fieldErrors: { password: error.message }, values: {} };
    throw error;
  }
  redirect("/sign-in?passwordSet=1");
}
