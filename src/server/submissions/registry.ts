import "server-only";
import type { SubmissionKind } from "@/domain/submissions/types";
import { notFoundError } from "@/server/errors";
import type { SubmissionKindServer } from "./kind-server";

// Every kind of submission the engine serves. A kind is added here once its definition exists.
const KIND_SERVERS: Partial<Record<SubmissionKind, () => Promise<SubmissionKindServer>>> = {
  SIGN_UP: async () => (await import("@/server/sign-up/sign-up-kind")).signUpKindServer as SubmissionKindServer,
  PLAN: async () => (await import("@/server/plans/plan-kind")).planKindServer as SubmissionKindServer,
  DELIVERY_RETURN: async () => (await import("@/server/returns/return-kind")).returnKindServer as SubmissionKindServer,
  GRANT_STATEMENT: async () => (await import("@/server/grants/grant-kind")).grantKindServer as SubmissionKindServer,
};

export async function kindServerFor(kind: SubmissionKind): Promise<SubmissionKindServer> {
  const load = KIND_SERVERS[kind];
  if (!load) throw notFoundError("That kind of record");
  return load();
}
