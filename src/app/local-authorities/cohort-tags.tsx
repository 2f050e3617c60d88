import type { ReactNode } from "react";
import { Tag } from "@/components/tag";

interface CohortFlags {
  isTrailblazer: boolean;
  isSuperEvaluator: boolean;
  hasEifSupport: boolean;
  isResearchParticipant: boolean;
}

export function CohortTags({ authority, empty = null }: { authority: CohortFlags; empty?: ReactNode }) {
  const tags = [
    authority.isTrailblazer && <Tag key="t" colour="purple">Trailblazer</Tag>,
    authority.isSuperEvaluator && <Tag key="s" colour="turquoise">Super-evaluator</Tag>,
    authority.hasEifSupport && <Tag key="e" colour="yellow">EIF support</Tag>,
    authority.isResearchParticipant && <Tag key="r" colour="pink">Research</Tag>,
  ].filter(Boolean);
  return tags.length ? <span className="inline-flex flex-wrap gap-1">{tags}</span> : <>{empty}</>;
}
