import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { fieldErrorsFrom, type FieldErrors } from "@/schemas/form-state";
import { unstorableTextErrors } from "@/schemas/storable-text";
import { isEditable } from "@/domain/submissions/workflow";
import { EXPLANATIONS_SECTION } from "@/domain/submissions/types";
import { authorise, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { programmeNow } from "@/server/clock";
import type { SubmissionKindServer } from "./kind-server";
import { loadSubmission } from "./load-submission";
import { z } from "zod";

export type SaveSectionResult =
  | { status: "saved"; version: number; data: unknown }
  | { status: "invalid"; fieldErrors: FieldErrors }
  | { status: "conflict"; message: string };

const ZExplanations = z.record(z.string().max(300), z.string().trim().max(2000, "Keep each explanation to 2,000 characters or fewer"));

/**
 * Validates one section with its schema and saves it if nobody saved it since the user
 * loaded it (`expectedVersion`: the version they saw; 0 for a section never saved).
 * `merge` combines the parsed input with what is stored, for forms that edit part of a section.
 */
export async function saveSection({
  db,
  actor,
  kindServer,
  submissionId,
  sectionKey,
  input,
  expectedVersion,
  merge,
  now = programmeNow(),
}: {
  db: Db;
  actor: Actor;
  kindServer: SubmissionKindServer;
  submissionId: string;
  sectionKey: string;
  input: unknown;
  expectedVersion: number;
  merge?: (stored: unknown, parsed: unknown) => unknown;
  /** The programme time of the save, for windows that close. */
  now?: Date;
}): Promise<SaveSectionResult> {
  const { definition } = kindServer;
  const submission = await loadSubmission({ db, actor, id: submissionId });
  authorise(actor, definition.permissions.edit, { localAuthorityGss: submission.localAuthorityGss, region: submission.localAuthority.region });
  if (submission.kind !== definition.kind) throw new AppError("NOT_FOUND", "That record could not be found.");

  const schema = sectionKey === EXPLANATIONS_SECTION ? ZExplanations : definition.sections.find((s) => s.key === sectionKey)?.schema;
  if (!schema) throw new AppError("NOT_FOUND", "That section could not be found.");
  await kindServer.assertAccepting?.(db, submission, now);
  if (!isEditable(submission.status)) {
    throw new AppError("CONFLICT", `This ${definition.noun} has been sent for sign-off or submitted, so it can no longer be changed.`);
  }

  const parsed = schema.safeParse(input);
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  const unstorable = unstorableTextErrors(parsed.data);
  if (Object.keys(unstorable).length) return { status: "invalid", fieldErrors: unstorable };

  const stored = submission.sections.find((s) => s.key === sectionKey);
  const data = (merge ? merge(stored?.data, parsed.data) : parsed.data) as Prisma.InputJsonValue;
  const conflict = {
    status: "conflict",
    message: `Someone else saved this section while you were editing it. Your changes have not been saved. Check their changes below, then make yours again.`,
  } as const;

  return db.$transaction(async (tx) => {
    // Compare-and-set on the section's version, and on the submission still being a draft.
    const stillDraft = await tx.submission.count({ where: { id: submission.id, status: "DRAFT", version: submission.version } });
    if (stillDraft !== 1) throw new AppError("CONFLICT", `This ${definition.noun} has just been sent for sign-off or changed status, so it can no longer be changed.`);
    let version: number;
    if (expectedVersion === 0) {
      if (stored) return conflict;
      const created = await tx.submissionSection.createMany({ data: [{ submissionId: submission.id, key: sectionKey, data, updatedById: actor.id }], skipDuplicates: true });
      if (created.count !== 1) return conflict;
      version = 1;
    } else {
      const updated = await tx.submissionSection.updateMany({
        where: { submissionId: submission.id, key: sectionKey, version: expectedVersion },
        data: { data, version: { increment: 1 }, updatedById: actor.id },
      });
      if (updated.count !== 1) return conflict;
      version = expectedVersion + 1;
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "section.saved",
      subjectType: "submission",
      subjectId: submission.id,
      localAuthorityGss: submission.localAuthorityGss,
      data: { sectionKey, version, before: (stored?.data ?? null) as Prisma.InputJsonValue, after: data },
    });
    return { status: "saved", version, data } as const;
  });
}
