import "server-only";
import { canGrantEif, canMarkResearchParticipant, canMarkSuperEvaluator, type RuleResult } from "@/domain/selection/rules";
import { ZResearch } from "@/schemas/sign-up/research";
import { authorise, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Db, Tx } from "@/server/db/client";
import { AppError, notFoundError } from "@/server/errors";
import { SIGN_UP_PERIOD } from "@/server/sign-up/sign-up-kind";
import { lockSelection, loadSelectionState } from "./load-selection-state";

export const COHORTS = {
  eif: { field: "hasEifSupport", label: "Early Intervention Foundation support" },
  "super-evaluator": { field: "isSuperEvaluator", label: "Super-evaluator" },
  research: { field: "isResearchParticipant", label: "Early-awareness research participant" },
} as const;
export type CohortKey = keyof typeof COHORTS;

/**
 * Adds an LA to, or removes it from, an evaluation or support cohort. Adding is checked against the
 * cohort's rules (EIF: never a trailblazer, at most 15; super-evaluators: around 30); removing is always
 * allowed. A refusal throws INVALID_INPUT with the rule's message; a warning is returned to show.
 */
export async function setCohortMembership({ db, actor, localAuthorityGss, cohort, member }: { db: Db; actor: Actor; localAuthorityGss: string; cohort: CohortKey; member: boolean }): Promise<{ warning?: string }> {
  authorise(actor, "cohorts.manage");
  const { field, label } = COHORTS[cohort];
  return db.$transaction(async (tx) => {
    await lockSelection(tx);
    const la = await tx.localAuthority.findUnique({ where: { gssCode: localAuthorityGss }, select: { gssCode: true, name: true, [field]: true } });
    if (!la) throw notFoundError("That local authority");
    const current = Boolean((la as Record<string, unknown>)[field]);
    if (current === member) return {};
    const result = member ? await ruleFor(tx, cohort, localAuthorityGss) : ({ ok: true } as RuleResult);
    if (!result.ok) throw new AppError("INVALID_INPUT", result.message, [{ code: result.code, message: result.message }]);
    await tx.localAuthority.update({ where: { gssCode: localAuthorityGss }, data: { [field]: member } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "cohort.changed",
      subjectType: "local-authority",
      subjectId: localAuthorityGss,
      localAuthorityGss,
      data: { cohort, label, before: current, after: member, ...(result.warning ? { warning: result.warning } : {}) },
    });
    return result.warning ? { warning: result.warning } : {};
  });
}

async function ruleFor(tx: Tx, cohort: CohortKey, localAuthorityGss: string): Promise<RuleResult> {
  if (cohort === "eif") return canGrantEif(await loadSelectionState(tx), localAuthorityGss);
  if (cohort === "super-evaluator") return canMarkSuperEvaluator(await tx.localAuthority.count({ where: { isSuperEvaluator: true } }));
  return canMarkResearchParticipant({ registeredInterest: await registeredResearchInterest(tx, localAuthorityGss) });
}

/** Whether the LA's latest submitted sign-up said yes to the early-awareness research (section nine). */
export async function registeredResearchInterest(tx: Db | Tx, localAuthorityGss: string): Promise<boolean> {
  const signUp = await tx.submission.findFirst({
    where: { kind: "SIGN_UP", periodKey: SIGN_UP_PERIOD, localAuthorityGss, submittedAt: { not: null } },
    orderBy: { revision: "desc" },
    select: { sections: { where: { key: "research" }, select: { data: true } } },
  });
  const parsed = ZResearch.safeParse(signUp?.sections[0]?.data);
  return parsed.success && parsed.data.interested === "yes";
}
