import { createHash } from "node:crypto";
import type { SubmissionDocument } from "./types";

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** What a signer signs: the document plus what identifies it. */
export function signableSnapshot(input: { kind: string; localAuthorityGss: string; periodKey: string; revision: number; catalogueVersion: string; document: SubmissionDocument }) {
  const text = canonicalJson(input);
  return { text, sha256: sha256(text) };
}

/** Section keys whose saved data differs between two revisions, in the given order. */
export function changedSections(before: SubmissionDocument, after: SubmissionDocument, order: readonly string[]): string[] {
  const keys = [...new Set([...order, ...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null));
}
