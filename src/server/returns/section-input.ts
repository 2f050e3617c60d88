import { expectationsFor, findExpectation, STRANDS } from "@/catalogue/lookup";
import type { StrandId } from "@/catalogue/types";
import { METRIC_GROUPS } from "@/domain/return/return-metrics";
import type { ReturnSectionKey } from "@/domain/return/sections";
import type { TReturnExpectations } from "@/schemas/return/minimum-expectations";
import type { TReturnMetrics } from "@/schemas/return/metrics";

// How a return page's posted form becomes a section's input. Some sections are edited a part per page
// (expectations one strand at a time, figures one group at a time): the part posted replaces the same part
// of what is stored. Lists with an "add another" row drop rows left blank and rows marked for removal.

/** The part of a section one page edits: a strand of the expectations, or a group of the figures. */
export type SectionPart = { kind: "strand"; id: StrandId } | { kind: "metric-group"; id: string } | null;

export const RETURN_EDIT_KEYS = ["milestones", "minimum-expectations", "risks", "successes", "annual-questions", "services", "metrics"] as const satisfies readonly ReturnSectionKey[];

/** The strands with minimum expectations, in guide order, each with its expectations: one page each. */
export const EXPECTATION_STRANDS = STRANDS.map((s) => ({ id: s.id, name: s.name, expectations: expectationsFor({ strand: s.id, kind: "minimum" }) })).filter((s) => s.expectations.length > 0);

export function isExpectationStrand(id: string): id is StrandId {
  return EXPECTATION_STRANDS.some((s) => s.id === id);
}

export function metricGroup(id: string) {
  return METRIC_GROUPS.find((g) => g.id === id);
}

const LIST_FIELDS: Partial<Record<ReturnSectionKey, { list: string; content: readonly string[] }>> = {
  risks: { list: "risks", content: ["title", "description", "likelihood", "impact", "mitigation", "owner", "closedReason"] },
  successes: { list: "successes", content: ["title", "description", "strand"] },
  services: { list: "services", content: [] },
};

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every(isBlank);
  if (typeof value === "object") return Object.values(value).every(isBlank);
  return false;
}

function isChecked(value: unknown): boolean {
  return value === "yes" || value === "on" || value === "true";
}

/** The posted form as the section schema's input: blank "add another" rows and removed rows left out. */
export function sectionInput(sectionKey: string, posted: Record<string, unknown>): Record<string, unknown> {
  const spec = LIST_FIELDS[sectionKey as ReturnSectionKey];
  if (!spec) return posted;
  const rows = posted[spec.list];
  if (!Array.isArray(rows)) return posted;
  const kept = rows.flatMap((row) => {
    if (!row || typeof row !== "object") return [row];
    const { remove, ...rest } = row as Record<string, unknown>;
    if (isChecked(remove)) return [];
    // Services have no status or id fields, so a row is blank when every field is; risks and successes
    // carry defaults (an id, "open", an unchecked box), so only the fields a person types count.
    const content = spec.content.length ? spec.content.map((f) => rest[f]) : Object.values(rest);
    return isBlank(content) ? [] : [rest];
  });
  return { ...posted, [spec.list]: kept };
}

/** How the part posted combines with the stored section, for the engine's compare-and-set save. */
export function mergeFor(sectionKey: string, part: SectionPart): ((stored: unknown, parsed: unknown) => unknown) | undefined {
  if (sectionKey === "minimum-expectations" && part?.kind === "strand") {
    return (stored, parsed) => {
      const before = (stored as TReturnExpectations | undefined)?.expectations ?? {};
      const kept = Object.fromEntries(Object.entries(before).filter(([id]) => findExpectation(id)?.strand !== part.id));
      return { expectations: { ...kept, ...(parsed as TReturnExpectations).expectations } };
    };
  }
  if (sectionKey === "metrics" && part?.kind === "metric-group") {
    const ids = new Set(metricGroup(part.id)?.metricIds ?? []);
    return (stored, parsed) => {
      const before = (stored as TReturnMetrics | undefined)?.metrics ?? {};
      const kept = Object.fromEntries(Object.entries(before).filter(([id]) => !ids.has(id)));
      return { metrics: { ...kept, ...(parsed as TReturnMetrics).metrics } };
    };
  }
  return undefined;
}

/** Only the posted fields of this part: a crafted form cannot change another strand or group through this page. */
export function restrictToPart(sectionKey: string, part: SectionPart, input: Record<string, unknown>): Record<string, unknown> {
  if (sectionKey === "minimum-expectations" && part?.kind === "strand") {
    const posted = (input.expectations ?? {}) as Record<string, unknown>;
    return { expectations: Object.fromEntries(Object.entries(posted).filter(([id]) => findExpectation(id)?.strand === part.id)) };
  }
  if (sectionKey === "metrics" && part?.kind === "metric-group") {
    const ids = new Set(metricGroup(part.id)?.metricIds ?? []);
    const posted = (input.metrics ?? {}) as Record<string, unknown>;
    return { metrics: Object.fromEntries(Object.entries(posted).filter(([id]) => ids.has(id))) };
  }
  return input;
}
