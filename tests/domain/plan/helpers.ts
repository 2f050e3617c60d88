import { checkPlan } from "@/domain/plan-rules";
import type { PlanContext } from "@/domain/plan/context";
import { demoPlanContext, fullPlanDocument, type DemoLocalAuthority } from "@/domain/plan/demo-plans";
import { PLAN_SECTION_SCHEMAS, type PlanSectionKey, type PlanSections } from "@/domain/plan/section-schemas";
import type { Issue, SubmissionDocument } from "@/domain/submissions/types";

export const LA: DemoLocalAuthority = { name: "Exampleshire", isTrailblazer: false };
export const TRAILBLAZER: DemoLocalAuthority = { name: "Trailshire", isTrailblazer: true, trailblazerStrands: ["parenting", "infant-feeding"] };

export function contextFor(la: DemoLocalAuthority = LA): PlanContext {
  return demoPlanContext(la);
}

/** The full demo plan with one section changed. */
export function planWith<K extends PlanSectionKey>(key: K, change: (data: PlanSections[K]) => void, la: DemoLocalAuthority = LA): SubmissionDocument {
  const document = fullPlanDocument(la);
  const data = PLAN_SECTION_SCHEMAS[key].parse(document[key] ?? {}) as PlanSections[K];
  change(data);
  document[key] = data;
  return document;
}

export function errorsOf(document: SubmissionDocument, context: PlanContext = contextFor()): Issue[] {
  return checkPlan(document, context).errors;
}

export function warningsOf(document: SubmissionDocument, context: PlanContext = contextFor()): Issue[] {
  return checkPlan(document, context).warnings;
}

export function codes(issues: readonly Issue[]): string[] {
  return issues.map((i) => i.code);
}

/** Builds FormData the way a browser posts a form. */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}
