import "server-only";
import type { TrailblazerStrand, TrailblazerWave } from "@/catalogue/cohorts";
import type { ApplicationState, SelectionState, StrandDecisionValue } from "@/domain/selection/rules";
import type { Db, Tx } from "@/server/db/client";
import { SIGN_UP_PERIOD } from "@/server/sign-up/sign-up-kind";

const DECISION_VALUES = { SELECTED: "selected", NOT_SELECTED: "not-selected" } as const satisfies Record<string, StrandDecisionValue>;

/** The whole selection as the rules see it: every application and decision, EIF holders and signed-up LAs. */
export async function loadSelectionState(db: Db | Tx): Promise<SelectionState> {
  const [applications, eif, signedUp] = await Promise.all([
    db.trailblazerApplication.findMany({
      orderBy: [{ wave: "asc" }, { submittedAt: "asc" }],
      select: { localAuthorityGss: true, wave: true, strands: true, decisions: { select: { strand: true, wave: true, decision: true } } },
    }),
    db.localAuthority.findMany({ where: { hasEifSupport: true }, select: { gssCode: true } }),
    db.submission.findMany({
      where: { kind: "SIGN_UP", periodKey: SIGN_UP_PERIOD, status: { in: ["SUBMITTED", "APPROVED"] } },
      select: { localAuthorityGss: true },
      distinct: ["localAuthorityGss"],
    }),
  ]);
  const involved = [...new Set([...applications.map((a) => a.localAuthorityGss), ...eif.map((e) => e.gssCode)])];
  const names = involved.length ? await db.localAuthority.findMany({ where: { gssCode: { in: involved } }, select: { gssCode: true, name: true } }) : [];
  return {
    applications: applications.map(
      (a): ApplicationState => ({
        laGss: a.localAuthorityGss,
        wave: a.wave as TrailblazerWave,
        strandsAppliedFor: a.strands as TrailblazerStrand[],
        decisions: a.decisions.map((d) => ({ strand: d.strand as TrailblazerStrand, wave: d.wave as TrailblazerWave, decision: DECISION_VALUES[d.decision] })),
      }),
    ),
    eifHolders: eif.map((e) => e.gssCode),
    signedUp: signedUp.map((s) => s.localAuthorityGss),
    laNames: Object.fromEntries(names.map((n) => [n.gssCode, n.name])),
  };
}

/** Serialises every change to the selection: the caps are over all LAs, so two panels must not both take the last place. */
export async function lockSelection(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7007)`;
}
