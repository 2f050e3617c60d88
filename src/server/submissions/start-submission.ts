import "server-only";
import type { SubmissionDocument } from "@/domain/submissions/types";
import { catalogueVersion } from "@/catalogue/version";
import { authorise, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Db } from "@/server/db/client";
import { Prisma } from "@/generated/prisma/client";
import { notFoundError } from "@/server/errors";
import type { SubmissionKindServer } from "./kind-server";
import { findLatestRevision, loadSubmission, type LoadedSubmission } from "./load-submission";

/**
 * The latest revision of this LA's submission for the period, starting revision 1 as a
 * draft (prefilled with `initialDocument`) when there is none. Safe to call twice at once.
 */
export async function startSubmission({
  db,
  actor,
  kindServer,
  localAuthorityGss,
  periodKey,
  initialDocument = {},
}: {
  db: Db;
  actor: Actor;
  kindServer: SubmissionKindServer;
  localAuthorityGss: string;
  periodKey: string;
  initialDocument?: SubmissionDocument;
}): Promise<LoadedSubmission> {
  const { definition } = kindServer;
  const la = await db.localAuthority.findUnique({ where: { gssCode: localAuthorityGss }, select: { gssCode: true, region: true } });
  if (!la) throw notFoundError("That local authority");
  authorise(actor, definition.permissions.edit, { localAuthorityGss: la.gssCode, region: la.region });

  const existing = await findLatestRevision({ db, actor, kind: definition.kind, localAuthorityGss, periodKey });
  if (existing) return existing;

  try {
    const id = await db.$transaction(async (tx) => {
      const created = await tx.submission.create({
        data: {
          kind: definition.kind,
          localAuthorityGss,
          periodKey,
          catalogueVersion,
          createdById: actor.id,
          sections: { create: Object.entries(initialDocument).map(([key, data]) => ({ key, data: data as Prisma.InputJsonValue, updatedById: actor.id })) },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: `${definition.kind.toLowerCase()}.started`,
        subjectType: "submission",
        subjectId: created.id,
        localAuthorityGss,
        data: { periodKey, prefilledSections: Object.keys(initialDocument) },
      });
      return created.id;
    });
    return loadSubmission({ db, actor, id });
  } catch (error) {
    // Someone else started it a moment ago: theirs is the one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findLatestRevision({ db, actor, kind: definition.kind, localAuthorityGss, periodKey });
      if (winner) return winner;
    }
    throw error;
  }
}
