import type { CheckResult, SubmissionDocument } from "@/domain/submissions/types";
import type { PlanContext } from "./plan/context";
import { checkGoFurther } from "./plan/rules-go-further";
import { checkMilestones } from "./plan/rules-milestones";
import { checkMinimumExpectations } from "./plan/rules-expectations";
import { checkAmbition, checkHubs, checkLeadership, checkNeedsAssessment, checkTrailblazerCommitments } from "./plan/rules-sections";
import { parsePlan } from "./plan/rules-support";
import type { PlanSectionKey } from "./plan/section-schemas";

// The delivery plan's rules, read from the catalogue. Errors block sending the plan for sign-off; warnings do not,
// but the engine asks the lead to explain each one (EXPLANATIONS_SECTION) first. Issue paths are form field names
// inside the section ("hubs[2].postcode", "expectations[<id>].targetDate"), except "strands.<strand id>" for a
// whole strand's page and "quarters.<quarter id>" for a quarter without a milestone.

export type { PlanContext };

export function checkPlan(document: SubmissionDocument, context: PlanContext): CheckResult {
  const { plan, invalid, errors } = parsePlan(document, context);
  const result: CheckResult = { errors, warnings: [] };
  // A section whose data fails its schema is reported by parsePlan; its rules would only repeat the problem.
  const valid = (key: PlanSectionKey) => !invalid.has(key);

  if (valid("ambition")) checkAmbition(plan.ambition, result);
  if (valid("hubs")) checkHubs(plan.hubs, result);
  if (valid("leadership")) checkLeadership(plan.leadership, result);
  if (valid("needs-assessment")) checkNeedsAssessment(plan["needs-assessment"], context, result);
  if (valid("minimum-expectations")) checkMinimumExpectations(plan["minimum-expectations"], result);
  if (valid("go-further")) checkGoFurther(plan["go-further"], plan["minimum-expectations"], context, result);
  if (valid("milestones")) checkMilestones(plan.milestones, result);
  if (valid("trailblazer-commitments")) checkTrailblazerCommitments(plan["trailblazer-commitments"], context, result);
  return result;
}
