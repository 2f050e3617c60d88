import type { SubmissionDefinition, SubmissionStatus } from "./types";
import type { Action } from "@/domain/permissions";

// The one state machine for every submission:
//   DRAFT → AWAITING_SIGN_OFF → SUBMITTED → APPROVED
//              ↓ decline / withdraw     ↓ return for changes
//            DRAFT                   RETURNED (and a new DRAFT revision)

export const TRANSITIONS = {
  sendForSignOff: { from: "DRAFT", to: "AWAITING_SIGN_OFF", permission: "sendForSignOff" },
  withdraw: { from: "AWAITING_SIGN_OFF", to: "DRAFT", permission: "sendForSignOff" },
  declineSignOff: { from: "AWAITING_SIGN_OFF", to: "DRAFT", permission: "signOff" },
  signOff: { from: "AWAITING_SIGN_OFF", to: "SUBMITTED", permission: "signOff" },
  approve: { from: "SUBMITTED", to: "APPROVED", permission: "review" },
  returnForChanges: { from: "SUBMITTED", to: "RETURNED", permission: "review" },
} as const satisfies Record<string, { from: SubmissionStatus; to: SubmissionStatus; permission: keyof SubmissionDefinition["permissions"] }>;

export type TransitionName = keyof typeof TRANSITIONS;

export function permissionFor(definition: Pick<SubmissionDefinition, "permissions">, transition: TransitionName): Action {
  return definition.permissions[TRANSITIONS[transition].permission];
}

export function isEditable(status: SubmissionStatus): boolean {
  return status === "DRAFT";
}

export const STATUS_LABELS: Record<SubmissionStatus, string> = {
  DRAFT: "Draft",
  AWAITING_SIGN_OFF: "Awaiting sign-off",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
  RETURNED: "Returned for changes",
};

/** GOV.UK tag colours for each status. */
export const STATUS_COLOURS = {
  DRAFT: "grey",
  AWAITING_SIGN_OFF: "yellow",
  SUBMITTED: "blue",
  APPROVED: "green",
  RETURNED: "red",
} as const satisfies Record<SubmissionStatus, string>;

export const KIND_LABELS = {
  SIGN_UP: "Sign-up",
  PLAN: "Delivery plan",
  DELIVERY_RETURN: "Delivery return",
  GRANT_STATEMENT: "Statement of grant usage",
} as const satisfies Record<import("./types").SubmissionKind, string>;
