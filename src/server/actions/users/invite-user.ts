"use server";

import { revalidatePath } from "next/cache";
import { ZInviteUser } from "@/schemas/invite-user";
import { fieldErrorsFrom, submittedValues, type FormState } from "@/schemas/form-state";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { isAppError } from "@/server/errors";
import { inviteUser } from "@/server/users/invite-user";
import { isDemoMode } from "@/server/env";
import { smtpConfigured } from "@/server/email/send-email";

export type InviteState = FormState | { status: "invited"; email: string; link?: string };

export async function inviteUserAction(_previous: InviteState, formData: FormData): Promise<InviteState> {
  const actor = await requireActor();
  const values = submittedValues(formData);
  const parsed = ZInviteUser.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error), values };
  const { db } = await getDatabase();
  try {
    const result = await inviteUser({ db, actor, input: parsed.data });
    revalidatePath("/admin/users");
    // Without email, or in the demo, the administrator passes the link on themselves.
    const showLink = isDemoMode || !smtpConfigured;
    return { status: "invited", email: parsed.data.email, link: showLink ? result.path : undefined };
  } catch (error) {
    if (isAppError(error) && error.code !== "NOT_FOUND") {
      return { status: "invalid", fieldErrors: { [error.code === "CONFLICT" ? "email" : "localAuthorityGss"]: error.message }, values };
    }
    throw error;
  }
}
