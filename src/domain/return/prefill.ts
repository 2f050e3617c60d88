import { SERVICE_REGISTER_METRIC_ID } from "@/catalogue/metrics-programme";
import type { SubmissionDocument } from "@/domain/submissions/types";
import type { TReturnMilestones } from "@/schemas/return/milestones";
import type { TReturnExpectations } from "@/schemas/return/minimum-expectations";
import type { TReturnRisks } from "@/schemas/return/risks";
import { readReturnDocument, type PlanMilestone, type ReturnSections } from "./sections";

// A new return starts from the last one: the register of services, the open risks, and each milestone's
// status and revised date are carried forward. Management information is not copied: each figure is
// asked afresh, with last quarter's value shown beside it (previousMetricValues).

export interface PlanExpectationStart {
  id: string;
  /** The plan records the expectation as already met. */
  alreadyMet?: boolean;
}

export function prefillReturn({
  previous,
  planMilestones,
  planExpectations,
}: {
  /** The last submitted or approved return's document. */
  previous?: SubmissionDocument;
  planMilestones: readonly PlanMilestone[];
  /** The approved plan's expectations, for the first return (later returns carry progress forward). */
  planExpectations?: readonly PlanExpectationStart[];
}): SubmissionDocument {
  const last = readReturnDocument(previous);
  const document: ReturnSections = {};

  const milestones: TReturnMilestones["milestones"] = {};
  for (const m of planMilestones) {
    const before = last.milestones?.milestones[m.id];
    if (before?.status || before?.revisedDate) milestones[m.id] = { status: before.status, revisedDate: before.revisedDate, commentary: undefined };
  }
  if (Object.keys(milestones).length) document.milestones = { milestones };

  const expectations: TReturnExpectations["expectations"] = {};
  for (const [id, before] of Object.entries(last["minimum-expectations"]?.expectations ?? {})) {
    if (before.progress) expectations[id] = { progress: before.progress, evidence: before.evidence, noLongerMetReason: undefined };
  }
  for (const e of planExpectations ?? []) {
    if (!expectations[e.id] && e.alreadyMet) expectations[e.id] = { progress: "met", evidence: undefined, noLongerMetReason: undefined };
  }
  if (Object.keys(expectations).length) document["minimum-expectations"] = { expectations };

  const openRisks: TReturnRisks["risks"] = (last.risks?.risks ?? []).filter((r) => r.status === "open");
  if (openRisks.length) document.risks = { risks: openRisks };

  if (last.services?.services.length) document.services = { services: last.services.services };

  return withoutUndefined(document);
}

/**
 * Last quarter's management information, keyed by metric id (the register of services under
 * "family-hubs.services"), to show beside each field and to compare against.
 */
export function previousMetricValues(previous: SubmissionDocument | undefined): Record<string, unknown> {
  const last = readReturnDocument(previous);
  const values: Record<string, unknown> = { ...(last.metrics?.metrics ?? {}) };
  if (last.services) values[SERVICE_REGISTER_METRIC_ID] = last.services.services;
  return values;
}

/** Stored documents are JSON: drop undefined so the prefill equals what a save would store. */
function withoutUndefined(document: ReturnSections): SubmissionDocument {
  return JSON.parse(JSON.stringify(document)) as SubmissionDocument;
}
