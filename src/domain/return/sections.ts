import type { z } from "zod";
import type { IsoDate } from "@/catalogue/types";
import type { SubmissionDocument } from "@/domain/submissions/types";
import { ZReturnAnnualQuestions, type TReturnAnnualQuestions } from "@/schemas/return/annual-questions";
import { ZReturnMetrics, type TReturnMetrics } from "@/schemas/return/metrics";
import { ZReturnMilestones, type TReturnMilestones } from "@/schemas/return/milestones";
import { ZReturnExpectations, type TReturnExpectations } from "@/schemas/return/minimum-expectations";
import { ZReturnRisks, type TReturnRisks } from "@/schemas/return/risks";
import { ZReturnServices, type TReturnServices } from "@/schemas/return/services";
import { ZReturnSuccesses, type TReturnSuccesses } from "@/schemas/return/successes";

// The delivery return's section keys, their schemas, and the context its rules need.

export const RETURN_SECTION_KEYS = {
  milestones: "milestones",
  expectations: "minimum-expectations",
  risks: "risks",
  successes: "successes",
  annual: "annual-questions",
  services: "services",
  metrics: "metrics",
} as const;

export const RETURN_SCHEMAS = {
  milestones: ZReturnMilestones,
  "minimum-expectations": ZReturnExpectations,
  risks: ZReturnRisks,
  successes: ZReturnSuccesses,
  "annual-questions": ZReturnAnnualQuestions,
  services: ZReturnServices,
  metrics: ZReturnMetrics,
} as const satisfies Record<string, z.ZodType>;

export type ReturnSectionKey = keyof typeof RETURN_SCHEMAS;

/** A delivery return's sections, each as its schema parses it. Any may be absent (never saved). */
export interface ReturnSections {
  milestones?: TReturnMilestones;
  "minimum-expectations"?: TReturnExpectations;
  risks?: TReturnRisks;
  successes?: TReturnSuccesses;
  "annual-questions"?: TReturnAnnualQuestions;
  services?: TReturnServices;
  metrics?: TReturnMetrics;
}
export type ReturnDocument = ReturnSections & SubmissionDocument;

/** A milestone of the approved plan, as the return needs it (the plan's fixed and quarterly milestones). */
export interface PlanMilestone {
  id: string;
  label: string;
  plannedDate: IsoDate;
}

export interface ReturnContext {
  /** The reporting period, e.g. "2023-24-Q2" (see catalogue/calendar.ts). */
  periodId: string;
  /** Every milestone of the approved plan. */
  planMilestones: readonly PlanMilestone[];
  /**
   * Ids of the expectations the return reports on: the approved plan's minimum expectations (and any
   * go-furthers it commits to). Defaults to every minimum expectation in the catalogue.
   */
  planExpectationIds?: readonly string[];
  /** The last submitted or approved return's document, for carry-forward rules and last quarter's values. */
  previous?: SubmissionDocument;
  /** The return that carries the annual questions (once a financial year: see REPORTING_SCHEDULE). */
  includesAnnualQuestions: boolean;
}

/**
 * Reads a stored document section by section with the schemas. A section that does not parse is left out
 * (and reported by checkReturn), so a bad section never breaks the rest.
 */
export function readReturnDocument(document: SubmissionDocument | undefined): ReturnSections {
  const sections: ReturnSections = {};
  if (!document) return sections;
  for (const key of Object.keys(RETURN_SCHEMAS) as ReturnSectionKey[]) {
    if (document[key] === undefined) continue;
    const parsed = RETURN_SCHEMAS[key].safeParse(document[key]);
    if (parsed.success) (sections as Record<string, unknown>)[key] = parsed.data;
  }
  return sections;
}
