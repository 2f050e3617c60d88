"use server";

import { revalidatePath } from "next/cache";
import { ZAllocationForm } from "@/schemas/allocation";
import { formDataToObject } from "@/schemas/form-data";
import { fieldErrorsFrom, submittedValues, type FormState } from "@/schemas/form-state";
import { requireActor } from "@/server/access";
import { importAllocations, saveAllocation } from "@/server/allocations/save-allocations";
import { getDatabase } from "@/server/db/database";
import { isAppError } from "@/server/errors";

export async function saveAllocationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = submittedValues(formData);
  const parsed = ZAllocationForm.safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error), values };
  const { db } = await getDatabase();
  try {
    await saveAllocation({ db, actor, input: parsed.data });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return { status: "invalid", fieldErrors: { gssCode: "Select a local authority" }, values };
    throw error;
  }
  revalidatePath("/admin/allocations");
  return { status: "saved", message: "The allocation has been saved" };
}

const MAX_BYTES = 2_000_000;

/** The CSV upload. Problems come back keyed "row-<n>-<column>" so the summary lists them in file order. */
export async function importAllocationsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "invalid", fieldErrors: { file: "Select a CSV file" }, values: {} };
  if (file.size > MAX_BYTES) return { status: "invalid", fieldErrors: { file: "The file must be smaller than 2MB" }, values: {} };
  if (!/\.csv$/i.test(file.name)) return { status: "invalid", fieldErrors: { file: "The selected file must be a CSV" }, values: {} };
  const { db } = await getDatabase();
  const result = await importAllocations({ db, actor, csv: await file.text() });
  if (!result.ok) {
    const fieldErrors = Object.fromEntries(result.problems.map((p, i) => [`file-problem-${i}`, `Row ${p.row}${p.column ? `, ${p.column}` : ""}: ${p.message}`]));
    return { status: "invalid", fieldErrors, values: {}, message: `Nothing was imported. Fix ${result.problems.length === 1 ? "this problem" : `these ${result.problems.length} problems`} and upload the file again.` };
  }
  revalidatePath("/admin/allocations");
  return { status: "saved", message: `${result.imported} ${result.imported === 1 ? "allocation" : "allocations"} imported` };
}
