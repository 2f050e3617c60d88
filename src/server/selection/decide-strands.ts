import "server-only";
import { TRAILBLAZERS, type TrailblazerStrand, type TrailblazerWave } from "@/catalogue/cohorts";
import { canDecide, selectedStrands, topUpAllocationsFor, type SelectionState, type StrandDecisionValue } from "@/domain/selection/rules";
import { authorise, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Db, Tx } from "@/server/db/client";
import { AppError, notFoundError } from "@/server/errors";
import { laUserIds, notifyUsers } from "@/server/notifications";
import { lockSelection, loadSelectionState } from "./load-selection-state";

export interface StrandDecisionInput {
  decision: StrandDecisionValue;
  feedback?: string;
}

export interface DecisionRefusal {
  strand: TrailblazerStrand;
  message: string;
}

/**
 * Records the panel's decision on each strand of one application in one wave. Every decision is checked
 * against the selection rules as the earlier ones in the same form would leave things; one refusal and
 * nothing changes (AppError INVALID_INPUT with the refusals as details). Selecting or deselecting
 * rewrites the LA's 2022-23 trailblazer top-ups and its trailblazer flag in the same transaction.
 */
export async function decideStrands({
  db,
  actor,
  localAuthorityGss,
  wave,
  decisions,
}: {
  db: Db;
  actor: Actor;
  localAuthorityGss: string;
  wave: TrailblazerWave;
  decisions: Partial<Record<TrailblazerStrand, StrandDecisionInput>>;
}): Promise<{ selected: TrailblazerStrand[] }> {
  authorise(actor, "signup.review");
  return db.$transaction(async (tx) => {
    await lockSelection(tx);
    const state = await loadSelectionState(tx);
    const application = state.applications.find((a) => a.laGss === localAuthorityGss);
    if (!application) throw notFoundError("That application");

    let working: SelectionState = state;
    const refusals: DecisionRefusal[] = [];
    for (const strand of TRAILBLAZERS.strands) {
      const input = decisions[strand];
      if (!input) continue;
      const result = canDecide(working, { laGss: localAuthorityGss, strand, wave, decision: input.decision });
      if (!result.ok) {
        refusals.push({ strand, message: result.message });
        continue;
      }
      working = withDecision(working, localAuthorityGss, strand, wave, input.decision);
    }
    if (refusals.length) throw new AppError("INVALID_INPUT", "The decisions could not be recorded", refusals);

    const before = { decisions: application.decisions, selected: selectedStrands(application) };
    for (const [strand, input] of Object.entries(decisions) as [TrailblazerStrand, StrandDecisionInput][]) {
      const key = { localAuthorityGss_strand_wave: { localAuthorityGss, strand, wave } };
      if (input.decision === "pending") {
        await tx.trailblazerDecision.deleteMany({ where: { localAuthorityGss, strand, wave } });
        continue;
      }
      const data = { decision: input.decision === "selected" ? ("SELECTED" as const) : ("NOT_SELECTED" as const), feedback: input.feedback || null, decidedById: actor.id };
      await tx.trailblazerDecision.upsert({ where: key, create: { localAuthorityGss, strand, wave, ...data }, update: data });
    }

    const after = working.applications.find((a) => a.laGss === localAuthorityGss) ?? application;
    const selected = selectedStrands(after);
    const topUps = await syncTopUps(tx, actor, localAuthorityGss, selected);
    await tx.localAuthority.update({ where: { gssCode: localAuthorityGss }, data: { isTrailblazer: selected.length > 0 } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "trailblazer.decided",
      subjectType: "trailblazer-application",
      subjectId: localAuthorityGss,
      localAuthorityGss,
      data: {
        wave,
        before: { decisions: before.decisions.map((d) => ({ ...d })), selected: before.selected },
        after: { decisions: after.decisions.map((d) => ({ ...d })), selected },
        topUps: topUps.map((t) => ({ fundingLineId: t.fundingLineId, amountPence: t.amountPence })),
      },
    });
    await notifyUsers(tx, await laUserIds(tx, localAuthorityGss), {
      subject: "A decision on your trailblazer application",
      message: `The programme team recorded wave ${wave} decisions on your trailblazer application.`,
      href: `/local-authorities/${localAuthorityGss}/sign-up`,
    });
    return { selected };
  });
}

function withDecision(state: SelectionState, laGss: string, strand: TrailblazerStrand, wave: TrailblazerWave, decision: StrandDecisionValue): SelectionState {
  return {
    ...state,
    applications: state.applications.map((a) =>
      a.laGss !== laGss
        ? a
        : {
            ...a,
            decisions: [...a.decisions.filter((d) => !(d.strand === strand && d.wave === wave)), ...(decision === "pending" ? [] : [{ strand, wave, decision }])],
          },
    ),
  };
}

/** The LA's trailblazer top-ups become exactly those of its selected strands; the indicative amounts are untouched. */
async function syncTopUps(tx: Tx, actor: Actor, localAuthorityGss: string, selected: readonly TrailblazerStrand[]) {
  const topUps = topUpAllocationsFor(selected);
  const keep = topUps.map((t) => t.fundingLineId);
  await tx.allocation.deleteMany({
    where: { localAuthorityGss, financialYear: TRAILBLAZERS.financialYear, source: "TRAILBLAZER_TOP_UP", ...(keep.length ? { fundingLineId: { notIn: keep } } : {}) },
  });
  for (const t of topUps) {
    const key = { localAuthorityGss, financialYear: t.financialYear, fundingLineId: t.fundingLineId, source: "TRAILBLAZER_TOP_UP" as const };
    await tx.allocation.upsert({
      where: { localAuthorityGss_financialYear_fundingLineId_source: key },
      create: { ...key, amountPence: t.amountPence, updatedById: actor.id },
      update: { amountPence: t.amountPence, updatedById: actor.id },
    });
  }
  return topUps;
}
