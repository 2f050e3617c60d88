import { TRAILBLAZER_STRANDS } from "@/catalogue/cohorts";
import { CRITERION_IDS } from "@/domain/selection/scoring";
import { ALLOCATABLE_FUNDING_LINE_IDS } from "@/schemas/allocation";
import { RETURN_EDIT_KEYS } from "@/server/returns/section-input";
import type { Attacker, Victim, VictimSubmission } from "./world";

// One probe per server action ("file#export" under src/server/actions). A probe calls the action the way
// an attacker would: with the bound target and form fields edited to name ANOTHER LA's records (its GSS
// code, its submissions, its API tokens, its period), each with the right current version, so the only
// thing that can stop it is the access check. actions.test.ts fails when an exported action has no
// probe here, so a new action cannot ship untested.
//
// `expect`:
//   "not-found"  the action must refuse as Next's 404 (notFound() / AppError NOT_FOUND) or, with no
//                session, send the visitor to sign in. This is the rule for every LA-scoped action.
//   "refused"    any refusal counts (also a form state such as "invalid"), for actions whose refusal is
//                a form message by design (e.g. an admin form answering "Select a local authority").
//   "self-only"  the action has no target to change (sign-out, stay signed in): it may succeed, but
//                only for the caller's own session, and the database must not change.

export type ActionFn = (...args: unknown[]) => Promise<unknown>;

export interface ProbeCall {
  label: string;
  call: (fn: ActionFn) => Promise<unknown>;
}

export interface Probe {
  expect: "not-found" | "refused" | "self-only";
  calls(attacker: Attacker): ProbeCall[];
}

const IDLE = { status: "idle" } as const;
const FORM_IDLE = { status: "idle", fieldErrors: {}, values: {} } as const;
const SHA = "a".repeat(64);

export function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  // Every posted form also carries fields naming another LA: they must never widen access.
  return data;
}

function withForeignIds(fields: Record<string, string | Blob>, victim: Victim): FormData {
  return form({ ...fields, localAuthorityGss: victim.gssCode, gssCode: victim.gssCode, submissionId: victim.submissions[0]?.id ?? "x" });
}

const each = <T>(items: T[], fn: (item: T) => ProbeCall[]): ProbeCall[] => items.flatMap(fn);
const subs = (a: Attacker, filter: (s: VictimSubmission) => boolean = () => true) => a.victims.flatMap((v) => v.submissions.filter(filter).map((s) => ({ v, s })));
const nextOf = (s: VictimSubmission) => `/local-authorities/${s.localAuthorityGss}`;
const step = (s: VictimSubmission) => ({ kind: s.kind, submissionId: s.id, expectedVersion: s.version, next: nextOf(s) });
const firstSection = (s: VictimSubmission) => Object.keys(s.sectionVersions)[0] ?? "ambition";

/** Each victim LA, and for LA attackers also the mix-up: own LA code, the victim's record. */
const laTargets = (a: Attacker) => a.victims.map((v) => ({ v, gss: v.gssCode }));

export const ACTION_PROBES: Record<string, Probe> = {
  "allocations/allocation-actions.ts#saveAllocationAction": {
    expect: "refused",
    calls: (a) =>
      each(laTargets(a), ({ v }) => [
        { label: `allocation for ${v.name}`, call: (fn) => fn(FORM_IDLE, form({ gssCode: v.gssCode, financialYear: "2023-24", fundingLineId: ALLOCATABLE_FUNDING_LINE_IDS[0] ?? "", amount: "1000" })) },
      ]),
  },
  "allocations/allocation-actions.ts#importAllocationsAction": {
    expect: "refused",
    calls: (a) =>
      each(laTargets(a), ({ v }) => [
        {
          label: `allocation CSV for ${v.name}`,
          call: (fn) => fn(FORM_IDLE, form({ file: new File([`gssCode,financialYear,fundingLineId,amount\r\n${v.gssCode},2023-24,${ALLOCATABLE_FUNDING_LINE_IDS[0]},1000\r\n`], "allocations.csv", { type: "text/csv" }) })),
        },
      ]),
  },
  "api-tokens/api-token-actions.ts#createApiTokenAction": {
    expect: "not-found",
    calls: (a) => each(laTargets(a), ({ v }) => [{ label: `token for ${v.name}`, call: (fn) => fn(v.gssCode, IDLE, withForeignIds({ name: "Attacker" }, v)) }]),
  },
  "api-tokens/api-token-actions.ts#revokeApiTokenAction": {
    expect: "not-found",
    calls: (a) =>
      each(a.victims, (v) =>
        v.apiTokenIds.flatMap((tokenId) => [
          { label: `revoke ${v.name}'s token`, call: (fn) => fn({ gssCode: v.gssCode, tokenId }, IDLE, form({})) },
          ...(a.ownGss ? [{ label: `revoke ${v.name}'s token through own LA`, call: (fn: ActionFn) => fn({ gssCode: a.ownGss, tokenId }, IDLE, form({})) }] : []),
        ]),
      ),
  },
  "deputies/deputy-actions.ts#nominateDeputyAction": {
    expect: "not-found",
    calls: (a) =>
      each(a.victims, (v) =>
        v.userIds.slice(0, 2).flatMap((deputyId) => [
          { label: `make ${v.name}'s user a deputy in ${v.name}`, call: (fn) => fn(v.gssCode, FORM_IDLE, withForeignIds({ deputyId }, v)) },
          ...(a.ownGss ? [{ label: `make ${v.name}'s user a deputy in own LA`, call: (fn: ActionFn) => fn(a.ownGss, FORM_IDLE, withForeignIds({ deputyId }, v)) }] : []),
        ]),
      ),
  },
  "deputies/deputy-actions.ts#removeDeputyAction": {
    expect: "not-found",
    calls: (a) =>
      each(a.victims, (v) =>
        v.deputyNominationIds.flatMap((nominationId) => [
          { label: `remove ${v.name}'s deputy`, call: (fn) => fn({ gssCode: v.gssCode, nominationId }, IDLE, form({})) },
          ...(a.ownGss ? [{ label: `remove ${v.name}'s deputy through own LA`, call: (fn: ActionFn) => fn({ gssCode: a.ownGss, nominationId }, IDLE, form({})) }] : []),
        ]),
      ),
  },
  "auth/extend-session.ts#extendSession": { expect: "self-only", calls: () => [{ label: "stay signed in", call: (fn) => fn() }] },
  "auth/sign-in.ts#signIn": {
    expect: "refused",
    calls: (a) => a.victims.slice(0, 1).map((v) => ({ label: `sign in as ${v.name}'s lead without the password`, call: (fn) => fn(FORM_IDLE, form({ email: "lead@bolton.example.gov.uk", password: "" })) })),
  },
  "auth/sign-out.ts#signOut": { expect: "self-only", calls: () => [{ label: "sign out", call: (fn) => fn() }] },
  "notifications/mark-read.ts#markAllNotificationsRead": { expect: "self-only", calls: () => [{ label: "mark my notifications read", call: (fn) => fn() }] },
  "deadlines/extend-deadline-action.ts#extendDeadlineAction": {
    expect: "refused",
    calls: (a) =>
      each(laTargets(a), ({ v }) => [
        {
          label: `extend ${v.name}'s return deadline`,
          call: (fn) => fn(FORM_IDLE, form({ localAuthorityGss: v.gssCode, kind: "DELIVERY_RETURN", periodKey: v.openPeriodId, "dueDate.day": "1", "dueDate.month": "6", "dueDate.year": "2024", reason: "Attack" })),
        },
      ]),
  },
  "grants/start-grant-statement.ts#startGrantStatementAction": {
    expect: "not-found",
    calls: (a) => each(laTargets(a), ({ v }) => [{ label: `start ${v.name}'s grant statement`, call: (fn) => fn({ gssCode: v.gssCode, periodId: v.grantPeriodId }, FORM_IDLE, form({})) }]),
  },
  "imports/import-mi.ts#importMiAction": {
    expect: "not-found",
    calls: (a) =>
      each(laTargets(a), ({ v }) => [
        { label: `import MI into ${v.name}`, call: (fn) => fn({ gssCode: v.gssCode, periodId: v.openPeriodId }, IDLE, form({ file: new File([new Uint8Array([80, 75, 3, 4, 0, 0])], "mi.xlsx") })) },
      ]),
  },
  "plans/start-plan.ts#startPlanAction": {
    expect: "not-found",
    calls: (a) => each(laTargets(a), ({ v }) => [{ label: `start ${v.name}'s plan`, call: (fn) => fn(v.gssCode) }]),
  },
  "returns/return-steps.ts#startReturnAction": {
    expect: "not-found",
    calls: (a) => each(laTargets(a), ({ v }) => [{ label: `start ${v.name}'s return`, call: (fn) => fn({ gssCode: v.gssCode, periodId: v.openPeriodId }, FORM_IDLE, form({})) }]),
  },
  "returns/return-steps.ts#sendReturnForSignOffAction": {
    expect: "not-found",
    calls: (a) => subs(a, (s) => s.kind === "DELIVERY_RETURN").map(({ v, s }) => ({ label: `send ${v.name}'s return ${s.periodKey} (${s.status})`, call: (fn) => fn(step(s), FORM_IDLE, form({})) })),
  },
  "returns/return-steps.ts#signReturnAction": {
    expect: "not-found",
    calls: (a) =>
      subs(a, (s) => s.kind === "DELIVERY_RETURN").map(({ v, s }) => ({ label: `sign ${v.name}'s return ${s.periodKey} (${s.status})`, call: (fn) => fn(step(s), FORM_IDLE, form({ reviewedSha256: SHA, declaration: "confirmed" })) })),
  },
  "returns/save-return-section.ts#saveReturnSectionAction": {
    expect: "not-found",
    calls: (a) =>
      subs(a, (s) => s.kind === "DELIVERY_RETURN").flatMap(({ v, s }) =>
        RETURN_EDIT_KEYS.map((sectionKey) => ({
          label: `save ${v.name}'s return ${s.periodKey} ${sectionKey}`,
          call: (fn: ActionFn) => fn({ submissionId: s.id, sectionKey, part: null, next: nextOf(s), self: nextOf(s) }, FORM_IDLE, form({ expectedVersion: String(s.sectionVersions[sectionKey] ?? 0), "successes[0].title": "Attack" })),
        })),
      ),
  },
  "returns/save-return-section.ts#autosaveReturnSectionAction": {
    expect: "not-found",
    calls: (a) =>
      subs(a, (s) => s.kind === "DELIVERY_RETURN").map(({ v, s }) => ({
        label: `autosave ${v.name}'s return ${s.periodKey}`,
        call: (fn: ActionFn) => fn({ submissionId: s.id, sectionKey: "successes", part: null, next: nextOf(s), self: nextOf(s) }, form({ expectedVersion: String(s.sectionVersions.successes ?? 0) })),
      })),
  },
  "selection/selection-actions.ts#scoreApplicationAction": {
    expect: "refused",
    calls: (a) =>
      each(laTargets(a), ({ v }) => [
        {
          label: `score ${v.name}'s application`,
          call: (fn) => fn(v.gssCode, FORM_IDLE, form(Object.fromEntries(CRITERION_IDS.flatMap((id) => [[`criteria[${id}].score`, "4"], [`criteria[${id}].comment`, "Attack"]])))),
        },
      ]),
  },
  "selection/selection-actions.ts#decideStrandsAction": {
    expect: "refused",
    calls: (a) =>
      each(laTargets(a), ({ v }) => [
        { label: `decide ${v.name}'s strands`, call: (fn) => fn({ localAuthorityGss: v.gssCode, wave: 2 }, FORM_IDLE, form({ [`decisions[${TRAILBLAZER_STRANDS[0]}]`]: "selected" })) },
      ]),
  },
  "selection/selection-actions.ts#cohortAction": {
    expect: "refused",
    calls: (a) => each(laTargets(a), ({ v }) => [{ label: `add ${v.name} to a cohort`, call: (fn) => fn(FORM_IDLE, form({ change: `${v.gssCode}|eif|add` })) }]),
  },
  "sign-up/sign-sign-up.ts#signSignUpAction": {
    expect: "not-found",
    calls: (a) => subs(a, (s) => s.kind === "SIGN_UP").map(({ v, s }) => ({ label: `sign ${v.name}'s sign-up`, call: (fn) => fn(step(s), FORM_IDLE, form({ reviewedSha256: SHA, declaration: "confirmed" })) })),
  },
  "sign-up/start-sign-up.ts#startSignUpAction": {
    expect: "not-found",
    calls: (a) => each(laTargets(a), ({ v }) => [{ label: `start ${v.name}'s sign-up`, call: (fn) => fn(v.gssCode) }]),
  },
  "submissions/save-explanations.ts#saveExplanationsAction": {
    expect: "not-found",
    calls: (a) =>
      subs(a).map(({ v, s }) => ({
        label: `explain warnings on ${v.name}'s ${s.kind} ${s.periodKey} (${s.status})`,
        call: (fn) => fn({ kind: s.kind, submissionId: s.id, next: nextOf(s) }, FORM_IDLE, form({ expectedVersion: String(s.sectionVersions["warning-explanations"] ?? 0), "explanations[0].key": "x:y:z", "explanations[0].text": "Attack" })),
      })),
  },
  "submissions/save-section.ts#saveSectionAction": {
    expect: "not-found",
    calls: (a) =>
      subs(a).map(({ v, s }) => ({
        label: `save ${v.name}'s ${s.kind} ${s.periodKey} (${s.status}) section ${firstSection(s)}`,
        call: (fn) => fn({ kind: s.kind, submissionId: s.id, sectionKey: firstSection(s), next: nextOf(s) }, FORM_IDLE, withForeignIds({ expectedVersion: String(s.sectionVersions[firstSection(s)] ?? 0), summary: "Attack" }, v)),
      })),
  },
  "submissions/workflow-actions.ts#sendForSignOffAction": {
    expect: "not-found",
    calls: (a) => subs(a).map(({ v, s }) => ({ label: `send ${v.name}'s ${s.kind} ${s.periodKey} (${s.status})`, call: (fn) => fn(step(s), FORM_IDLE, form({})) })),
  },
  "submissions/workflow-actions.ts#withdrawAction": {
    expect: "not-found",
    calls: (a) => subs(a).map(({ v, s }) => ({ label: `withdraw ${v.name}'s ${s.kind} ${s.periodKey} (${s.status})`, call: (fn) => fn(step(s), FORM_IDLE, form({})) })),
  },
  "submissions/workflow-actions.ts#signAction": {
    expect: "not-found",
    calls: (a) => subs(a).map(({ v, s }) => ({ label: `sign ${v.name}'s ${s.kind} ${s.periodKey} (${s.status})`, call: (fn) => fn(step(s), FORM_IDLE, form({ reviewedSha256: SHA, declaration: "confirmed" })) })),
  },
  "submissions/workflow-actions.ts#declineAction": {
    expect: "not-found",
    calls: (a) => subs(a).map(({ v, s }) => ({ label: `decline ${v.name}'s ${s.kind} ${s.periodKey} (${s.status})`, call: (fn) => fn(step(s), FORM_IDLE, form({ reason: "Attack" })) })),
  },
  "submissions/workflow-actions.ts#reviewDecisionAction": {
    expect: "not-found",
    calls: (a) =>
      subs(a).flatMap(({ v, s }) => [
        { label: `approve ${v.name}'s ${s.kind} ${s.periodKey} (${s.status})`, call: (fn: ActionFn) => fn(step(s), FORM_IDLE, form({ decision: "approve" })) },
        {
          label: `return ${v.name}'s ${s.kind} ${s.periodKey} (${s.status})`,
          call: (fn: ActionFn) => fn(step(s), FORM_IDLE, form({ decision: "return", "sections[]": firstSection(s), [`reasons[${firstSection(s)}]`]: "Attack" })),
        },
      ]),
  },
  "users/accept-invitation.ts#acceptInvitationAction": {
    expect: "refused",
    calls: () => [{ label: "accept a forged invitation", call: (fn) => fn("forged-token-0000000000000000", FORM_IDLE, form({ password: "Attack-password-2026", confirmPassword: "Attack-password-2026" })) }],
  },
  "users/invite-user.ts#inviteUserAction": {
    expect: "refused",
    calls: (a) =>
      each(laTargets(a), ({ v }) => [
        { label: `invite a user into ${v.name}`, call: (fn) => fn(FORM_IDLE, form({ email: `attacker.${v.gssCode.toLowerCase()}@example.gov.uk`, name: "Attacker", role: "COMMISSIONING_LEAD", localAuthorityGss: v.gssCode })) },
      ]),
  },
};
