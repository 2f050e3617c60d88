"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TemplateProblem } from "@/domain/return/mi-template";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { isAppError } from "@/server/errors";
import { importMiUpload, MI_UPLOAD_MAX_BYTES } from "@/server/returns/import-mi";
import { returnPath } from "@/server/returns/return-paths";

export type ImportFormState =
  | { status: "idle" }
  | { status: "problems"; fileName: string; problems: TemplateProblem[] }
  | { status: "refused"; message: string };

const ZTarget = z.object({ gssCode: z.string().regex(/^[A-Z]\d{8}$/), periodId: z.string().regex(/^\d{4}-\d{2}-Q[1-4]$/) });

/** Uploads a filled MI template. Bound by the page to the LA and period; both are checked again here. */
export async function importMiAction(target: { gssCode: string; periodId: string }, _previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const actor = await requireActor();
  const { gssCode, periodId } = ZTarget.parse(target);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "refused", message: "Select the filled-in template to upload" };
  if (file.size > MI_UPLOAD_MAX_BYTES) return { status: "refused", message: "The selected file must be smaller than 5 MB" };
  const { db } = await getDatabase();
  try {
    const result = await importMiUpload({ db, actor, localAuthorityGss: gssCode, periodId, fileName: file.name, data: Buffer.from(await file.arrayBuffer()) });
    if (result.status === "problems") return { status: "problems", fileName: file.name, problems: result.problems };
    if (result.status === "conflict") return { status: "refused", message: result.message };
  } catch (error) {
    if (isAppError(error) && error.code !== "NOT_FOUND") return { status: "refused", message: error.message };
    throw error;
  }
  const next = returnPath(gssCode, periodId);
  revalidatePath(next);
  redirect(`${next}?imported=mi`);
}
