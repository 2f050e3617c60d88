import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SubmissionKind } from "@/domain/submissions/types";
import { authorise, localAuthorityScope, type Actor } from "@/server/access";
import type { Db } from "@/server/db/client";

/** Everything awaiting a decision, oldest first. One query whatever the number of LAs. */
export async function loadReviewQueue({ db, actor, kind, region }: { db: Db; actor: Actor; kind?: SubmissionKind; region?: string }) {
  authorise(actor, "dashboard.view");
  const where: Prisma.SubmissionWhereInput[] = [{ status: "SUBMITTED" }, { localAuthority: localAuthorityScope(actor) }];
  if (kind) where.push({ kind });
  if (region) where.push({ localAuthority: { region } });
  return db.submission.findMany({
    where: { AND: where },
    orderBy: { submittedAt: "asc" },
    select: { id: true, kind: true, periodKey: true, revision: true, submittedAt: true, localAuthority: { select: { gssCode: true, name: true, region: true } } },
  });
}
