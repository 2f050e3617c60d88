"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formDataToObject } from "@/schemas/form-data";
import { submittedValues, type FormState } from "@/schemas/form-state";
import { EXPLANATIONS_SECTION } from "@/domain/submissions/types";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { isAppError } from "@/server/errors";
import { kindServerFor } from "@/server/submissions/registry";
import { saveSection } from "@/server/submissions/save-section";
import { safeRedirectPath } from "@/server/safe-redirect";
import type { SaveSectionTarget } from "./save-section";

// Warning keys hold brackets and dots, so each explanation posts as a key/text pair.
const ZPosted = z.object({
  explanations: z.array(z.object({ key: z.string().max(300), text: z.string().default("") })).default([]),
});

export async function saveExplanationsAction(target: Omit<SaveSectionTarget, "sectionKey">, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = submittedValues(formData, ["expectedVersion"]);
  const parsed = ZPosted.safeParse(formDataToObject(formData, { omit: ["expectedVersion"] }));
  if (!parsed.success) return { status: "invalid", fieldErrors: { form: "The explanations could not be read. Reload the page and try again." }, values };
  const record = Object.fromEntries(parsed.data.explanations.filter((e) => e.text.trim()).map((e) => [e.key, e.text.trim()]));
  const { db } = await getDatabase();
  try {
    const result = await saveSection({
      db,
      actor,
      kindServer: await kindServerFor(target.kind),
      submissionId: target.submissionId,
      sectionKey: EXPLANATIONS_SECTION,
      input: record,
      expectedVersion: Number(formData.get("expectedVersion") ?? 0) || 0,
    });
    if (result.status === "invalid") {
      const message = Object.values(result.fieldErrors)[0] ?? "Check your explanations";
      return { status: "invalid", fieldErrors: { form: message }, values };
    }
    if (result.status === "conflict") return { status: "conflict", fieldErrors: {}, values, message: result.message };
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return { status: "conflict", fieldErrors: {}, values, message: error.message };
    throw error;
  }
  const next = safeRedirectPath(target.next);
  revalidatePath(next);
  redirect(next);
}
