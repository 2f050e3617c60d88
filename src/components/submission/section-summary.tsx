import type { SubmissionKind } from "@/domain/submissions/types";
import { PlanSectionSummary } from "@/components/plan/plan-section-summary";
import { GenericSectionSummary } from "./generic-section-summary";

/** The read-only rendering of one section of any kind, for review and history pages. */
export function SectionSummary({ kind, sectionKey, data }: { kind: SubmissionKind; sectionKey: string; data: unknown }) {
  if (kind === "PLAN") return <PlanSectionSummary sectionKey={sectionKey} data={data} />;
  return <GenericSectionSummary data={data} />;
}
