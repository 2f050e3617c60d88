import { notFound } from "next/navigation";
import { SectionPageFrame } from "@/components/submission/section-page-frame";
import { formFieldsOf, listFieldsExcept } from "@/domain/plan/form-fields";
import type { TPlanMilestones } from "@/schemas/plan/milestones";
import { planPath } from "@/server/plans/load-plan-page";
import { loadEditablePlanSection } from "../section-page";
import { MilestoneForm } from "./milestone-form";

/** The saved milestones and the transformation milestone a route's `[index]` names (404 if there is none). */
export async function loadMilestone(gssCode: string, index?: string) {
  const page = await loadEditablePlanSection(gssCode, "milestones");
  const data: TPlanMilestones = (page.data as TPlanMilestones | undefined) ?? { fixed: {}, transformation: [] };
  if (index === undefined) return { page, data, position: data.transformation.length, milestone: undefined };
  const position = /^\d{1,3}$/.test(index) ? Number(index) : -1;
  const milestone = data.transformation[position];
  if (!milestone) notFound();
  return { page, data, position, milestone };
}

/** Everything in the section but the transformation milestone at `position`. */
export function fieldsWithout(data: TPlanMilestones, position: number) {
  return [...formFieldsOf(data.fixed, "fixed"), ...listFieldsExcept(data.transformation, "transformation", position)];
}

/** Add a milestone (no index) or change one. */
export async function MilestonePage({ gssCode, index }: { gssCode: string; index?: string }) {
  const { page, data, position, milestone } = await loadMilestone(gssCode, index);
  const listPath = planPath(page.la.gssCode, "milestones");
  return (
    <SectionPageFrame backHref={listPath} backText="Back to milestones" caption={`${page.la.name} – delivery plan`} title={milestone ? "Change a milestone" : "Add a milestone"} comment={page.comment}>
      <MilestoneForm action={page.save(listPath)} version={page.version} index={position} saved={milestone} others={fieldsWithout(data, position)} />
    </SectionPageFrame>
  );
}
