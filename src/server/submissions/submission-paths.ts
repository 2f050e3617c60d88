import type { SubmissionKind } from "@/domain/submissions/types";

const BASE: Record<SubmissionKind, string> = {
  SIGN_UP: "sign-up",
  PLAN: "plan",
  DELIVERY_RETURN: "returns",
  GRANT_STATEMENT: "grant-statements",
};

/** Where an LA user works on a submission. Returns and statements are per period. */
export function submissionPath(submission: { kind: SubmissionKind; localAuthorityGss: string; periodKey: string }): string {
  const base = `/local-authorities/${submission.localAuthorityGss}/${BASE[submission.kind]}`;
  return submission.kind === "DELIVERY_RETURN" || submission.kind === "GRANT_STATEMENT" ? `${base}/${submission.periodKey}` : base;
}

/** Where a reviewer reads a submission. */
export function reviewPath(submission: { id: string }): string {
  return `/review/${submission.id}`;
}
