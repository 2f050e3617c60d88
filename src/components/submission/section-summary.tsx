import type { SubmissionKind } from "@/domain/submissions/types";
import type { GrantContext } from "@/domain/grant/grant-rules";
import { SpendSummary } from "@/components/grants/spend-summary";
import { PlanSectionSummary } from "@/components/plan/plan-section-summary";
import { ReturnSectionSummary } from "@/components/returns/return-section-summary";
import type { ReturnContext } from "@/domain/return/sections";
import { GenericSectionSummary } from "./generic-section-summary";

/** The read-only rendering of one section of any kind, for review and history pages. `context` is the kind's rule context. */
export function SectionSummary({ kind, sectionKey, data, context }: { kind: SubmissionKind; sectionKey: string; data: unknown; context?: unknown }) {
  if (kind === "PLAN") return <PlanSectionSummary sectionKey={sectionKey} data={data} />;
  if (kind === "DELIVERY_RETURN") return <ReturnSectionSummary sectionKey={sectionKey} data={data} planMilestones={(context as ReturnContext | undefined)?.planMilestones} />;
  if (kind === "GRANT_STATEMENT" && context) {
    const grant = context as GrantContext;
    return <SpendSummary kind={grant.kind} allocations={grant.allocations} data={data} />;
  }
  return <GenericSectionSummary data={data} />;
}
