import { TRAILBLAZER_STRANDS, type TrailblazerStrand } from "@/catalogue/cohorts";
import { getStrand } from "@/catalogue/lookup";
import type { StrandId } from "@/catalogue/types";
import { formatDate } from "@/domain/dates";
import { sectionSchemaIssues } from "@/domain/submissions/schema-issues";
import type { Issue, SubmissionDocument } from "@/domain/submissions/types";
import { fieldName } from "@/schemas/form-data";
import type { PlanContext } from "./context";
import { PLAN_SECTION_KEYS, PLAN_SECTION_SCHEMAS, sectionAppliesTo, type PlanSectionKey, type PlanSections } from "./section-schemas";

// What the rule modules share: the parsed plan, issue paths in form-field syntax, and links into the catalogue.

/** The sections that could be read. A section is absent when never saved, or when its data fails its schema. */
export type ParsedPlan = Partial<PlanSections>;

/**
 * Parses every section that applies. Saved sections have passed their schema already; data that does not (an
 * older schema, a direct API write) becomes errors with the schema's own messages, and the section is then left
 * out of the rules so one problem is not reported twice.
 */
export function parsePlan(document: SubmissionDocument, context: PlanContext): { plan: ParsedPlan; invalid: Set<PlanSectionKey>; errors: Issue[] } {
  const plan: Record<string, unknown> = {};
  const invalid = new Set<PlanSectionKey>();
  const errors: Issue[] = [];
  for (const key of PLAN_SECTION_KEYS) {
    const raw = document[key];
    if (raw === undefined || !sectionAppliesTo(key, context)) continue;
    const parsed = PLAN_SECTION_SCHEMAS[key].safeParse(raw);
    if (parsed.success) {
      plan[key] = parsed.data;
      continue;
    }
    invalid.add(key);
    errors.push(...sectionSchemaIssues(key, parsed.error));
  }
  return { plan: plan as ParsedPlan, invalid, errors };
}

export { fieldName as issuePath };

export function isTrailblazerStrand(strand: StrandId): strand is TrailblazerStrand {
  return (TRAILBLAZER_STRANDS as readonly StrandId[]).includes(strand);
}

/** A strand's name mid-sentence: "parenting support", but "Parent and Carer Panels" keeps its capitals. */
export function strandInSentence(strand: StrandId): string {
  const { name } = getStrand(strand);
  return /^\S+ and [A-Z]/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

export const catalogueHref = (id: string) => `/catalogue#${id}`;
export const strandHref = (strand: string) => `/catalogue#strand-${strand}`;
export const CALENDAR_HREF = "/catalogue#calendar";

/** "between 1 January 2023 and 30 June 2023" */
export function between(window: { from: string; to: string }): string {
  return `between ${formatDate(window.from)} and ${formatDate(window.to)}`;
}
