import "server-only";
import type { FormState } from "@/schemas/form-state";
import type { Issue } from "@/domain/submissions/types";
import { isAppError } from "@/server/errors";

/**
 * Runs a workflow step for a form: expected refusals (rule problems, someone else acting
 * first) come back as a message to show; anything else is a real fault and is thrown.
 */
export async function asFormState(step: () => Promise<unknown>): Promise<FormState | null> {
  try {
    await step();
    return null;
  } catch (error) {
    if (isAppError(error) && (error.code === "CONFLICT" || error.code === "INVALID_INPUT" || error.code === "DEADLINE_PASSED")) {
      const issues = Array.isArray(error.details) ? (error.details as Issue[]) : [];
      const fieldErrors = Object.fromEntries(issues.map((issue, i) => [`issue-${i}`, issue.message]));
      return { status: error.code === "CONFLICT" ? "conflict" : "invalid", message: error.message, fieldErrors, values: {} } as FormState;
    }
    throw error;
  }
}
