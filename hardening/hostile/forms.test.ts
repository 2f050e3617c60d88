import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TRAILBLAZER_STRANDS } from "@/catalogue/cohorts";
import { grantStatementPeriods } from "@/catalogue/calendar";
import { fullPlanDocument } from "@/domain/plan/demo-plans";
import { planMilestones } from "@/domain/plan/plan-milestones";
import { buildDemoReturn } from "@/domain/return/demo-returns";
import { demoSignUpDocument } from "@/domain/sign-up/demo";
import type { SubmissionDefinition, SubmissionDocument, SubmissionKind } from "@/domain/submissions/types";
import type { Actor } from "@/domain/permissions";
import { isAppError } from "@/server/errors";
import { kindServerFor } from "@/server/submissions/registry";
import { saveSection } from "@/server/submissions/save-section";
import { startSubmission } from "@/server/submissions/start-submission";
import { useTestDatabase } from "../../tests/support/use-test-database";
import { createApprovedPlan, createLocalAuthority, createUser } from "../../tests/support/fixtures";
import { openReturnPeriodId } from "../isolation/world";
import { recordHostile } from "../support/summary";
import { getAt, leavesOf, setAt, type Leaf } from "../support/zod-leaves";
import { HOSTILE_STRINGS } from "./corpus";

// The hostile corpus in every field of every section of every kind of submission (the definitions are
// found on disk: src/domain/*/definition.ts). Two passes:
//   schema  each value alone in each field of a valid example: the schema never throws, and what it
//           accepts is the literal text (or a finite number parsed from it);
//   engine  each value in every field of the section at once, saved by the LA's lead through the real
//           engine (saveSection) into a real database: the answer is "saved" with the literal text
//           stored, or "invalid" with a message for each problem and the saved section unchanged;
//           never an unexpected throw (a 500).

const DOMAIN = path.resolve(import.meta.dirname, "../../src/domain");
const LONG = 10 * 1024;

const { db } = useTestDatabase();
let lead: Actor;
let gssCode: string;
/** The plan's own drafts are made in a second LA: the first has an approved plan, which its return needs. */
let planLead: Actor;
let planGssCode: string;
let definitions: SubmissionDefinition[];

async function loadDefinitions(): Promise<SubmissionDefinition[]> {
  const found: SubmissionDefinition[] = [];
  for (const dir of readdirSync(DOMAIN, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const file = path.join(DOMAIN, dir.name, "definition.ts");
    try {
      readdirSync(path.dirname(file)).includes("definition.ts") || (() => { throw new Error("none"); })();
    } catch {
      continue;
    }
    const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (value && typeof value === "object" && "kind" in value && "sections" in value && Array.isArray((value as SubmissionDefinition).sections)) found.push(value as SubmissionDefinition);
    }
  }
  return found;
}

function exampleDocument(kind: SubmissionKind): SubmissionDocument {
  const plan = fullPlanDocument({ name: "Hostile LA", isTrailblazer: true, trailblazerStrands: [...TRAILBLAZER_STRANDS] });
  switch (kind) {
    case "PLAN":
      return plan;
    case "SIGN_UP":
      return demoSignUpDocument({ laName: "Hostile LA", trailblazerStrands: [...TRAILBLAZER_STRANDS] });
    case "DELIVERY_RETURN":
      return buildDemoReturn({ periodId: openReturnPeriodId(), planMilestones: planMilestones(plan), includesAnnualQuestions: true });
    default:
      return {};
  }
}

function periodKeyFor(kind: SubmissionKind): string {
  return { PLAN: "plan", SIGN_UP: "sign-up", DELIVERY_RETURN: openReturnPeriodId(), GRANT_STATEMENT: grantStatementPeriods({ includeExtension: true })[0]!.id }[kind] ?? "hardening";
}

/** What a field may hold after parsing the hostile text: the text itself, trimmed, or a value parsed from it. */
function isLiteral(stored: unknown, sent: string): boolean {
  if (stored === sent || stored === sent.trim()) return true;
  if (typeof stored === "number") return Number.isFinite(stored);
  if (typeof stored === "boolean" || stored === null || stored === undefined) return true;
  // Case-normalised codes (e.g. GSS codes, postcodes) and collapsed whitespace keep the characters sent.
  if (typeof stored === "string") return stored.toLowerCase() === sent.trim().toLowerCase() || stored === sent.trim().replace(/\s+/g, " ");
  return false;
}

function messagesOk(fieldErrors: Record<string, string>): boolean {
  const messages = Object.values(fieldErrors);
  return messages.length > 0 && messages.every((m) => typeof m === "string" && m.trim().length > 3);
}

beforeAll(async () => {
  const la = await createLocalAuthority(db, { isTrailblazer: true });
  gssCode = la.gssCode;
  lead = await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: la.gssCode });
  const planLa = await createLocalAuthority(db, { isTrailblazer: true });
  planGssCode = planLa.gssCode;
  planLead = await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: planLa.gssCode });
  // An approved plan, so the LA's current return accepts saves.
  const plan = exampleDocument("PLAN");
  await createApprovedPlan(db, { localAuthorityGss: la.gssCode, document: plan });
  definitions = await loadDefinitions();
});

describe("hostile input in every section form", () => {
  it("finds every kind of submission", () => {
    expect(definitions.map((d) => d.kind).sort()).toEqual(expect.arrayContaining(["DELIVERY_RETURN", "PLAN", "SIGN_UP"]));
  });

  it("the schemas never throw and accept only the literal text", () => {
    const failures: string[] = [];
    let checks = 0;
    let fields = 0;
    for (const definition of definitions) {
      const example = exampleDocument(definition.kind);
      for (const section of definition.sections) {
        const base = example[section.key] ?? {};
        const leaves = leavesOf(section.schema, base);
        fields += leaves.length;
        for (const leaf of leaves) {
          for (const hostile of HOSTILE_STRINGS.filter((h) => h.value.length <= LONG)) {
            checks++;
            const where = `${definition.kind} ${section.key} ${leaf.path.join(".")} ← ${hostile.label}`;
            try {
              const result = section.schema.safeParse(setAt(base, leaf.path, hostile.value));
              if (result.success && hostile.value.trim() !== "" && !isLiteral(getAt(result.data, leaf.path), hostile.value)) failures.push(`${where}: accepted as ${JSON.stringify(getAt(result.data, leaf.path))?.slice(0, 80)}`);
              if (!result.success && result.error.issues.some((i) => !i.message)) failures.push(`${where}: refused without a message`);
            } catch (error) {
              failures.push(`${where}: threw ${String(error).slice(0, 200)}`);
            }
          }
        }
      }
    }
    recordHostile("schemas", HOSTILE_STRINGS.length, fields, checks, failures.length);
    console.info(`hostile (section schemas): ${HOSTILE_STRINGS.length} values × ${fields} fields, ${checks} checks, ${failures.length} failures`);
    expect(failures.slice(0, 40).map((f) => f.slice(0, 240))).toEqual([]);
  });

  it("the engine stores the literal text or refuses with a message, and never loses saved data", async () => {
    const failures: string[] = [];
    let checks = 0;
    let targets = 0;
    for (const definition of definitions) {
      const kindServer = await kindServerFor(definition.kind);
      const example = exampleDocument(definition.kind);
      const [actor, localAuthorityGss] = definition.kind === "PLAN" ? [planLead, planGssCode] : [lead, gssCode];
      const draft = await startSubmission({ db, actor, kindServer, localAuthorityGss, periodKey: periodKeyFor(definition.kind) });
      for (const section of definition.sections) {
        targets++;
        const base = example[section.key] ?? {};
        const leaves: Leaf[] = leavesOf(section.schema, base);
        // Something valid saved first, so a refusal has something to lose.
        const stored = () => db.submissionSection.findUnique({ where: { submissionId_key: { submissionId: draft.id, key: section.key } }, select: { data: true, version: true } });
        const first = await saveSection({ db, actor, kindServer, submissionId: draft.id, sectionKey: section.key, input: base, expectedVersion: (await stored())?.version ?? 0, merge: section.merge as never });
        if (first.status !== "saved" && Object.keys(base as object).length > 0) failures.push(`${definition.kind} ${section.key}: the example data does not save (${JSON.stringify(first).slice(0, 200)})`);
        let before = await stored();
        for (const hostile of HOSTILE_STRINGS) {
          checks++;
          const where = `${definition.kind} ${section.key} ← ${hostile.label}`;
          const targetsOfValue = hostile.value.length > LONG ? leaves.slice(0, 1) : leaves;
          const input = targetsOfValue.reduce<unknown>((data, leaf) => setAt(data, leaf.path, hostile.value), base);
          let after: Awaited<ReturnType<typeof stored>> = before;
          try {
            const result = await saveSection({ db, actor, kindServer, submissionId: draft.id, sectionKey: section.key, input, expectedVersion: before?.version ?? 0, merge: section.merge as never });
            after = await stored();
            if (result.status === "saved") {
              for (const leaf of targetsOfValue) {
                const value = getAt(after?.data, leaf.path);
                // A blank answer is "not answered": the form's merge may keep what was there.
                if (hostile.value.trim() !== "" && getAt(result.data, leaf.path) !== undefined && !isLiteral(value, hostile.value)) failures.push(`${where} ${leaf.path.join(".")}: stored ${JSON.stringify(value)?.slice(0, 80)}`);
              }
            } else {
              if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${where}: refused but the saved section changed`);
              if (result.status === "invalid" && !messagesOk(result.fieldErrors)) failures.push(`${where}: refused without a specific message ${JSON.stringify(result.fieldErrors).slice(0, 200)}`);
              if (result.status === "conflict") failures.push(`${where}: unexpected conflict`);
            }
          } catch (error) {
            after = await stored();
            if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${where}: threw and the saved section changed`);
            if (!(isAppError(error) && error.code !== "NOT_FOUND" && error.message)) failures.push(`${where}: threw ${String(error).replace(/\s+/g, " ").slice(-200)}`);
          }
          before = after;
        }
      }
    }
    recordHostile("engine", HOSTILE_STRINGS.length, targets, checks, failures.length);
    console.info(`hostile (save engine): ${HOSTILE_STRINGS.length} values × ${targets} sections, ${checks} saves, ${failures.length} failures`);
    expect(failures.slice(0, 40)).toEqual([]);
  });
});
