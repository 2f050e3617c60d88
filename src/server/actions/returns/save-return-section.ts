"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formatLondonTime } from "@/domain/dates";
import { formDataToObject } from "@/schemas/form-data";
import { submittedValues, type FormState } from "@/schemas/form-state";
import { requireActor } from "@/server/access";
import { programmeNow } from "@/server/clock";
import { getDatabase } from "@/server/db/database";
import { isAppError } from "@/server/errors";
import { saveReturnSection } from "@/server/returns/return-workflow";
import { mergeFor, restrictToPart, sectionInput, type SectionPart } from "@/server/returns/section-input";
import { safeRedirectPath } from "@/server/safe-redirect";

export interface ReturnSectionTarget {
  submissionId: string;
  sectionKey: string;
  /** The strand or group this page edits, when it edits part of the section. */
  part: SectionPart;
  /** Where "Save and continue" goes. */
  next: string;
  /** This page, for "Save and add another". */
  self: string;
}

/** Fields of the form that are not answers. */
const CONTROL_FIELDS = ["expectedVersion", "intent"];

async function save(target: ReturnSectionTarget, formData: FormData) {
  const actor = await requireActor();
  const { db } = await getDatabase();
  const expectedVersion = Number(formData.get("expectedVersion") ?? 0);
  const input = restrictToPart(target.sectionKey, target.part, sectionInput(target.sectionKey, formDataToObject(formData, { omit: CONTROL_FIELDS })));
  return saveReturnSection({
    db,
    actor,
    submissionId: target.submissionId,
    sectionKey: target.sectionKey,
    input,
    expectedVersion: Number.isInteger(expectedVersion) && expectedVersion >= 0 ? expectedVersion : 0,
    merge: mergeFor(target.sectionKey, target.part),
  });
}

/** "Save and continue" (or "Save and add another") for a section page of a delivery return. */
export async function saveReturnSectionAction(target: ReturnSectionTarget, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, CONTROL_FIELDS);
  try {
    const result = await save(target, formData);
    if (result.status === "invalid") return { status: "invalid", fieldErrors: result.fieldErrors, values };
    if (result.status === "conflict") return { status: "conflict", fieldErrors: {}, values, message: result.message };
  } catch (error) {
    if (isAppError(error) && (error.code === "CONFLICT" || error.code === "DEADLINE_PASSED" || error.code === "INVALID_INPUT")) {
      return { status: "conflict", fieldErrors: {}, values, message: error.message };
    }
    throw error;
  }
  const next = safeRedirectPath(formData.get("intent") === "add" ? target.self : target.next);
  revalidatePath(next);
  redirect(next);
}

export type AutosaveResult =
  | { status: "saved"; version: number; savedAt: string }
  | { status: "not-saved"; message: string; conflict: boolean };

/**
 * Saves the draft as the person types, without leaving the page: the form sends the version it holds and
 * gets the new one back. Input that does not pass the section's checks is not saved (nothing half-valid is
 * stored); the page says so and "Save and continue" shows what to correct.
 */
export async function autosaveReturnSectionAction(target: ReturnSectionTarget, formData: FormData): Promise<AutosaveResult> {
  try {
    const result = await save(target, formData);
    if (result.status === "saved") return { status: "saved", version: result.version, savedAt: formatLondonTime(programmeNow()) };
    if (result.status === "conflict") return { status: "not-saved", conflict: true, message: result.message };
    return { status: "not-saved", conflict: false, message: "Your latest changes have not been saved yet because some answers need correcting. Select the save button to see what to change." };
  } catch (error) {
    if (isAppError(error) && (error.code === "CONFLICT" || error.code === "DEADLINE_PASSED" || error.code === "INVALID_INPUT")) {
      return { status: "not-saved", conflict: true, message: error.message };
    }
    throw error;
  }
}
