import { EIF_SUPPORT, SUPER_EVALUATORS, TRAILBLAZERS, topUpFor, waveTwoPlaces, type TrailblazerStrand, type TrailblazerWave } from "@/catalogue/cohorts";
import type { FinancialYearId } from "@/catalogue/calendar";
import { FUNDING_LINES, type Pence } from "@/catalogue/funding";
import { getStrand } from "@/catalogue/lookup";

// Trailblazer selection, Early Intervention Foundation places and super-evaluators, as pure rules over the
// current state. Each answers "may this change be made?" with a reason a department user can act on.
//
// Places are counted in local authorities, not strands: the guide offers "up to 15 local authorities" and
// "up to eight trailblazer places" in wave one, and one trailblazer may be selected for one, two or three
// strands (trailblazer guide, "Delivery support"). A second strand for an LA already selected in the same
// wave therefore takes no extra place.

export type StrandDecisionValue = "selected" | "not-selected" | "pending";

export interface StrandDecision {
  strand: TrailblazerStrand;
  decision: StrandDecisionValue;
  /** The wave in which the decision was made. */
  wave: TrailblazerWave;
}

export interface ApplicationState {
  laGss: string;
  /** The wave its submission date put it in (selectionWaveFor). */
  wave: TrailblazerWave;
  strandsAppliedFor: readonly TrailblazerStrand[];
  decisions: readonly StrandDecision[];
}

export interface SelectionState {
  applications: readonly ApplicationState[];
  /** Every LA with EIF support, whether or not it applied to be a trailblazer. */
  eifHolders: readonly string[];
  /** Every LA whose sign-up is submitted or approved: neither trailblazer status nor EIF support is open to others. */
  signedUp: readonly string[];
  /** LA names for messages; the GSS code is used where a name is missing. */
  laNames?: Readonly<Record<string, string>>;
}

export type RefusalCode =
  | "no-application"
  | "not-signed-up"
  | "strand-not-applied-for"
  | "not-in-wave"
  | "selected-in-earlier-wave"
  | "wave-one-open"
  | "wave-one-closed"
  | "eif-support-held"
  | "wave-one-full"
  | "trailblazers-full"
  | "trailblazer-cannot-have-eif"
  | "eif-full"
  | "super-evaluators-full";

export type RuleResult = { ok: true; warning?: string } | { ok: false; code: RefusalCode; message: string };

const ok: RuleResult = { ok: true };
const refuse = (code: RefusalCode, message: string): RuleResult => ({ ok: false, code, message });

const WAVE_ONE_PLACES = TRAILBLAZERS.waves[0].places;

function nameOf(state: SelectionState, laGss: string): string {
  return state.laNames?.[laGss] ?? laGss;
}

function strandName(strand: TrailblazerStrand): string {
  return getStrand(strand).name.toLowerCase();
}

/** The decision recorded for a strand in a wave, or "pending" when none is. */
export function decisionIn(application: ApplicationState, strand: TrailblazerStrand, wave: TrailblazerWave): StrandDecisionValue {
  return application.decisions.find((d) => d.strand === strand && d.wave === wave)?.decision ?? "pending";
}

/** Strands an application is selected for, in any wave: the strands its top-up is paid for. */
export function selectedStrands(application: ApplicationState): TrailblazerStrand[] {
  return application.strandsAppliedFor.filter((s) => application.decisions.some((d) => d.strand === s && d.decision === "selected"));
}

function selectedInWave(application: ApplicationState, wave: TrailblazerWave): boolean {
  return application.decisions.some((d) => d.wave === wave && d.decision === "selected" && application.strandsAppliedFor.includes(d.strand));
}

/** LAs selected in a wave; a place is one LA whatever the number of its strands. */
export function filledInWave(state: SelectionState, wave: TrailblazerWave): number {
  return state.applications.filter((a) => selectedInWave(a, wave)).length;
}

export function isTrailblazer(state: SelectionState, laGss: string): boolean {
  return state.applications.some((a) => a.laGss === laGss && selectedStrands(a).length > 0);
}

/** Wave one is over when every strand of every wave-one application has a final decision. */
export function isWaveOneDecided(state: SelectionState): boolean {
  return state.applications.filter((a) => a.wave === 1).every((a) => a.strandsAppliedFor.every((s) => decisionIn(a, s, 1) !== "pending"));
}

function isUnsuccessfulInWaveOne(application: ApplicationState): boolean {
  return application.wave === 1 && application.strandsAppliedFor.every((s) => decisionIn(application, s, 1) === "not-selected");
}

/**
 * Who is considered in wave two: its own applicants, and wave-one applicants refused for every strand, which
 * are reconsidered "unchanged" (trailblazer guide, "Timelines": "you will not be able to revise your
 * application"). The application objects are returned as they are, never rebuilt. Whether a reconsidered
 * application is "strong" is the panel's judgement, so all are listed.
 */
export function wave2Pool(state: SelectionState): readonly ApplicationState[] {
  return state.applications.filter((a) => a.wave === 2 || isUnsuccessfulInWaveOne(a));
}

/** Places left in wave two: seven plus any wave one left unfilled, less those already taken. */
export function waveTwoPlacesLeft(state: SelectionState): number {
  return waveTwoPlaces(Math.min(filledInWave(state, 1), WAVE_ONE_PLACES)) - filledInWave(state, 2);
}

/**
 * Whether a strand decision may be recorded for an LA in a wave. Selecting is the guarded case; "not-selected"
 * and "pending" pass the same eligibility checks but take no place.
 */
export function canDecide(
  state: SelectionState,
  { laGss, strand, wave, decision }: { laGss: string; strand: TrailblazerStrand; wave: TrailblazerWave; decision: StrandDecisionValue },
): RuleResult {
  const name = nameOf(state, laGss);
  const application = state.applications.find((a) => a.laGss === laGss);
  if (!application) return refuse("no-application", `${name} has not applied to be a trailblazer`);
  if (!application.strandsAppliedFor.includes(strand)) {
    return refuse("strand-not-applied-for", `${name} did not apply to be a trailblazer for ${strandName(strand)}`);
  }
  if (wave < application.wave) {
    return refuse("not-in-wave", `${name} applied in wave ${application.wave}, so it cannot be decided in wave ${wave}`);
  }
  if (wave === 1 && state.applications.some((a) => a.decisions.some((d) => d.wave === 2 && d.decision !== "pending"))) {
    return refuse("wave-one-closed", "Wave 1 decisions cannot change once wave 2 decisions have been recorded");
  }
  if (wave === 2) {
    if (application.wave === 1 && selectedInWave(application, 1)) {
      return refuse("selected-in-earlier-wave", `${name} was selected in wave 1, so its strands were decided then`);
    }
    // Wave two's places are "seven places plus any unfilled places from the first wave": unknown until wave one ends.
    if (!isWaveOneDecided(state)) return refuse("wave-one-open", "Record a decision for every strand of every wave 1 application before deciding wave 2");
  }
  if (decision !== "selected" || decisionIn(application, strand, wave) === "selected") return ok;

  // "A local authority cannot become a trailblazer if they do not successfully complete the sign-up process".
  if (!state.signedUp.includes(laGss)) return refuse("not-signed-up", `${name} cannot be selected until its sign-up has been submitted`);
  // "EIF support will not be available for those LAs selected to become trailblazers." Selecting refuses rather
  // than silently withdrawing EIF support: that is a separate decision, told to the LA, and is audited on its own.
  if (state.eifHolders.includes(laGss)) {
    return refuse("eif-support-held", `${name} has Early Intervention Foundation support. Remove it before selecting ${name} as a trailblazer`);
  }
  if (selectedInWave(application, wave)) return ok; // another strand of an LA that already holds a place in this wave

  const filledOne = filledInWave(state, 1);
  const filledTwo = filledInWave(state, 2);
  if (wave === 1 && filledOne >= WAVE_ONE_PLACES) {
    return refuse("wave-one-full", `All ${WAVE_ONE_PLACES} wave 1 places are filled. Places left unfilled pass to wave 2, not the other way round`);
  }
  // Wave two has 15 less those filled in wave one, so in either wave the last check is the total.
  if (filledOne + filledTwo >= TRAILBLAZERS.maxPlaces) {
    return refuse("trailblazers-full", `All ${TRAILBLAZERS.maxPlaces} trailblazer places are filled: ${filledOne} in wave 1 and ${filledTwo} in wave 2`);
  }
  return ok;
}

export function canSelect(state: SelectionState, laGss: string, strand: TrailblazerStrand, wave: TrailblazerWave): RuleResult {
  return canDecide(state, { laGss, strand, wave, decision: "selected" });
}

// ------------------------------------------------------------------------------------- top-ups

export interface TopUpAllocation {
  financialYear: FinancialYearId;
  fundingLineId: string;
  strand: TrailblazerStrand;
  amountPence: Pence;
  /** Kept apart from the indicative allocation on the same line and year. */
  source: "trailblazer-top-up";
}

/**
 * The funding line each top-up is recorded against: the strand's funded-service line. The guides do not name
 * the line that pays top-ups (TRAILBLAZER_FUNDING_INTERPRETATION); the top-up is "additional funding" for
 * that strand in 2022-23, so it sits beside the strand's development grant, marked as a top-up.
 */
export const TOP_UP_FUNDING_LINES: Readonly<Record<TrailblazerStrand, string>> = Object.fromEntries(
  TRAILBLAZERS.strands.map((strand) => {
    const line = FUNDING_LINES.find((l) => l.parentId === undefined && l.allocatedToLocalAuthorities && l.strands.length === 1 && l.strands[0] === strand);
    if (!line) throw new Error(`No funding line for trailblazer strand ${strand}`);
    return [strand, line.id];
  }),
) as Record<TrailblazerStrand, string>;

/** A trailblazer's 2022-23 top-ups: only the strands it was selected for (trailblazer guide, Table 1). */
export function topUpAllocationsFor(selected: readonly TrailblazerStrand[]): TopUpAllocation[] {
  return TRAILBLAZERS.strands
    .filter((strand) => selected.includes(strand))
    .map((strand) => ({
      financialYear: TRAILBLAZERS.financialYear,
      fundingLineId: TOP_UP_FUNDING_LINES[strand],
      strand,
      amountPence: topUpFor(strand),
      source: "trailblazer-top-up",
    }));
}

// ------------------------------------------------------------------- EIF and super-evaluators

/**
 * Whether an LA may be given EIF support: signed up (Annex Q), never a trailblazer ("Additional support from the
 * Early Intervention Foundation"), and one of at most 15. An applicant not (yet) selected may have it, with a
 * warning: Annex Q says the support "is not suitable" for areas that apply (EIF_SUPPORT.interpretation).
 */
export function canGrantEif(state: SelectionState, laGss: string): RuleResult {
  const name = nameOf(state, laGss);
  if (isTrailblazer(state, laGss)) return refuse("trailblazer-cannot-have-eif", `${name} is a trailblazer. Early Intervention Foundation support is not given to trailblazers`);
  if (!state.signedUp.includes(laGss)) return refuse("not-signed-up", `${name} cannot have Early Intervention Foundation support until its sign-up has been submitted`);
  if (state.eifHolders.includes(laGss)) return ok;
  if (new Set(state.eifHolders).size >= EIF_SUPPORT.maxPlaces) {
    return refuse("eif-full", `All ${EIF_SUPPORT.maxPlaces} Early Intervention Foundation places are taken. Remove one before adding ${name}`);
  }
  if (state.applications.some((a) => a.laGss === laGss)) {
    return { ok: true, warning: `${name} applied to be a trailblazer. The guide says EIF support is not suitable for areas that apply, and it must be removed if ${name} is selected` };
  }
  return ok;
}

/**
 * The guide wants "up to around 30" super-evaluators, a soft limit: past 30 a warning, past 35 a refusal. The
 * hard stop at 35 (30 plus a sixth) leaves room for "around" while catching a mistake such as marking a whole
 * region; the evaluation is commissioned for about 30 areas.
 */
export const SUPER_EVALUATOR_HARD_LIMIT = 35;

/** Whether one more super-evaluator may be marked when `currentCount` are marked already. */
export function canMarkSuperEvaluator(currentCount: number): RuleResult {
  const next = currentCount + 1;
  if (next > SUPER_EVALUATOR_HARD_LIMIT) {
    return refuse("super-evaluators-full", `There are already ${currentCount} super-evaluators. The guide plans for around ${SUPER_EVALUATORS.approxMaxPlaces}, so no more can be added`);
  }
  if (next > SUPER_EVALUATORS.approxMaxPlaces) {
    return { ok: true, warning: `This makes ${next} super-evaluators. The guide plans for up to around ${SUPER_EVALUATORS.approxMaxPlaces}` };
  }
  return ok;
}

/**
 * Research participants have no limit. Interest comes from section nine of the sign-up (Annex R), so marking
 * an area that did not register interest warns rather than refuses: the expression-of-interest process may
 * have found it another way.
 */
export function canMarkResearchParticipant({ registeredInterest }: { registeredInterest: boolean }): RuleResult {
  return registeredInterest ? ok : { ok: true, warning: "This area did not register interest in the research in its sign-up" };
}
