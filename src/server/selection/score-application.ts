import "server-only";
import { CRITERION_IDS, totalScore, type TApplicationScore } from "@/domain/selection/scoring";
import { authorise, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Db } from "@/server/db/client";
import { notFoundError } from "@/server/errors";

/** Saves one reviewer's score and comment on each of the four criteria for one application. */
export async function scoreApplication({ db, actor, localAuthorityGss, score }: { db: Db; actor: Actor; localAuthorityGss: string; score: TApplicationScore }) {
  authorise(actor, "signup.review");
  const application = await db.trailblazerApplication.findUnique({ where: { localAuthorityGss }, select: { localAuthorityGss: true } });
  if (!application) throw notFoundError("That application");
  await db.$transaction(async (tx) => {
    const before = await tx.trailblazerScore.findMany({ where: { localAuthorityGss, reviewerId: actor.id }, select: { criterionId: true, score: true, comment: true } });
    for (const criterionId of CRITERION_IDS) {
      const { score: value, comment } = score.criteria[criterionId];
      await tx.trailblazerScore.upsert({
        where: { localAuthorityGss_reviewerId_criterionId: { localAuthorityGss, reviewerId: actor.id, criterionId } },
        create: { localAuthorityGss, reviewerId: actor.id, criterionId, score: value, comment },
        update: { score: value, comment },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "trailblazer.scored",
      subjectType: "trailblazer-application",
      subjectId: localAuthorityGss,
      localAuthorityGss,
      data: { before, after: { criteria: score.criteria, total: totalScore(score) } },
    });
  });
}
