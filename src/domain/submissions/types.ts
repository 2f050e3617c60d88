import type { z } from "zod";
import type { Action } from "@/domain/permissions";

// One workflow serves every document an LA sends to the departments: the sign-up, the
// delivery plan, each quarterly delivery return and each statement of grant usage.
// A kind supplies its sections (a zod schema each), its rules and its permissions;
// the engine in src/server/submissions does storage, versions, sign-off, review and audit.

export const SUBMISSION_KINDS = ["SIGN_UP", "PLAN", "DELIVERY_RETURN", "GRANT_STATEMENT"] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

export const SUBMISSION_STATUSES = ["DRAFT", "AWAITING_SIGN_OFF", "SUBMITTED", "APPROVED", "RETURNED"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** What the task list shows for a section. */
export type SectionProgress = "Not started" | "In progress" | "Completed";

/** A problem found by a kind's rules. Errors block sending for sign-off; warnings need an explanation. */
export interface Issue {
  /** The section the problem is in. */
  sectionKey: string;
  /** Dotted path of the field inside the section's data, e.g. "hubs.2.postcode"; "" for the section as a whole. */
  path: string;
  /** Stable machine-readable code, e.g. "target-after-deadline". */
  code: string;
  /** Plain English: what is wrong and how to fix it. */
  message: string;
  /** Where to read more, e.g. "/catalogue#infant-feeding.min.hub.peer-support". */
  guidanceHref?: string;
}

export interface CheckResult {
  errors: Issue[];
  warnings: Issue[];
}

/** The key a warning's explanation is stored under. Stable while the warning is the same. */
export function warningKey(issue: Pick<Issue, "sectionKey" | "path" | "code">): string {
  return `${issue.sectionKey}:${issue.path}:${issue.code}`;
}

/** Key of the section in which the lead explains each warning (a map of warningKey → text). */
export const EXPLANATIONS_SECTION = "warning-explanations";

export interface SectionDefinition<TData = unknown> {
  key: string;
  title: string;
  /** Shape of the section's saved data; the same schema drives the form. */
  schema: z.ZodType<TData>;
  /** Derived from the data, never stored. `undefined` data means the section was never saved. */
  progress(data: TData | undefined): SectionProgress;
  /** False hides the section, e.g. trailblazer commitments for non-trailblazers. Defaults to shown. */
  appliesTo?(context: never): boolean;
  /** For forms that edit part of a section (one strand of a map): combine the saved data with the part just posted. */
  merge?(stored: TData | undefined, posted: TData): TData;
}

/** All the sections' saved data, keyed by section key. */
export type SubmissionDocument = Record<string, unknown>;

export interface SubmissionDefinition<TContext = unknown> {
  kind: SubmissionKind;
  /** "delivery plan", "delivery return", … as it reads mid-sentence. */
  noun: string;
  sections: readonly SectionDefinition[];
  /** Rules of meaning, from the catalogue. Pure. */
  check(document: SubmissionDocument, context: TContext): CheckResult;
  permissions: { edit: Action; sendForSignOff: Action; signOff: Action; review: Action };
  /** What the signer declares, shown beside the sign-off button and stored with the signature. */
  declaration: string;
  /** Whether the accountable lead's nominated deputies may sign it on their behalf. */
  deputiesMaySign: boolean;
}
