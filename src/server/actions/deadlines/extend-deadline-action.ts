"use server";

import { revalidatePath } from "next/cache";
import { ZExtendDeadline } from "@/schemas/deadline-extension";
import { formDataToObject } from "@/schemas/form-data";
import { fieldErrorsFrom, submittedValues, type FormState } from "@/schemas/form-state";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { extendDeadline } from "@/server/deadlines/extend-deadline";
import { isAppError } from "@/server/errors";


export async function extendDeadlineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = submittedValues(formData);
  const parsed = ZExtendDeadline.safeParse(formDataToObject(formData));
  if (!parsed.success || !parsed.data.dueDate) return { status: "invalid", fieldErrors: parsed.error ? fieldErrorsFrom(parsed.error) : { dueDate: "Enter the new deadline" }, values };
  const { db } = await getDatabase();
  try {
    await extendDeadline({ db, actor, input: { ...parsed.data, dueDate: parsed.data.dueDate } });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return { status: "invalid", fieldErrors: { localAuthorityGss: "Select a local authority" }, values };
    throw error;
  }
  revalidatePath("/admin/deadlines");
  return { status: "saved", message: "The deadline has been extended" };
}
