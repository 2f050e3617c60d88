import type { z } from "zod";
import { fieldName } from "@/schemas/form-data";
import type { Issue } from "./types";

// Zod's failures in the shapes the rules and the API speak: the field in form-field syntax, and a stable code.

/** The field an issue is about, in form-field syntax ("" for the whole value). */
export function issueField(issue: z.core.$ZodIssue): string {
  return fieldName(...issue.path.filter((p): p is string | number => typeof p !== "symbol"));
}

/** The schema's own code for the issue (`params: { code }` on a custom issue), else `fallback`. */
export function issueCode(issue: z.core.$ZodIssue, fallback = "invalid"): string {
  const params: unknown = "params" in issue ? issue.params : undefined;
  return params && typeof params === "object" && "code" in params && typeof params.code === "string" ? params.code : fallback;
}

/** A saved section that no longer fits its schema (an older schema, a direct API write), as rule errors with the schema's messages. */
export function sectionSchemaIssues(sectionKey: string, error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ sectionKey, path: issueField(issue), code: issueCode(issue), message: issue.message }));
}
