"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formDataToObject } from "@/schemas/form-data";
import { submittedValues, type FormState } from "@/schemas/form-state";
import type { SubmissionKind } from "@/domain/submissions/types";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { isAppError } from "@/server/errors";
import { kindServerFor } from "@/server/submissions/registry";
import { saveSection } from "@/server/submissions/save-section";
import { safeRedirectPath } from "@/server/safe-redirect";

export interface SaveSectionTarget {
  kind: SubmissionKind;
  submissionId: string;
  sectionKey: string;
  /** Where to go once saved ("Save and continue"). */
  next: string;
}

/** "Save and continue" for any section of any submission. Bound to its target by the page. */
export async function saveSectionAction(target: SaveSectionTarget, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = submittedValues(formData, ["expectedVersion"]);
  const expectedVersion = Number(formData.get("expectedVersion") ?? 0);
  const { db } = await getDatabase();
  const kindServer = await kindServerFor(target.kind);
  try {
    const result = await saveSection({
      db,
      actor,
      kindServer,
      submissionId: target.submissionId,
      sectionKey: target.sectionKey,
      input: formDataToObject(formData, { omit: ["expectedVersion"] }),
      expectedVersion: Number.isInteger(expectedVersion) && expectedVersion >= 0 ? expectedVersion : 0,
      merge: kindServer.definition.sections.find((s) => s.key === target.sectionKey)?.merge,
    });
    if (result.status === "invalid") return { status: "invalid", fieldErrors: result.fieldErrors, values };
    if (result.status === "conflict") return { status: "conflict", fieldErrors: {}, values, message: result.message };
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return { status: "conflict", fieldErrors: {}, values, message: error.message };
    throw error;
  }
  const next = safeRedirectPath(target.next);
  revalidatePath(next);
  redirect(next);
}
