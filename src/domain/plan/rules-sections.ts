import { fixedMilestoneById, isOnOrBefore, isWithin } from "@/catalogue/calendar";
import { STRANDS } from "@/catalogue/lookup";
import { formatDate } from "@/domain/dates";
import type { CheckResult } from "@/domain/submissions/types";
import { AMBITION_QUESTIONS, type TPlanAmbition } from "@/schemas/plan/ambition";
import type { TPlanHubs } from "@/schemas/plan/hubs";
import type { TPlanLeadership } from "@/schemas/plan/leadership";
import type { TPlanNeedsAssessment } from "@/schemas/plan/needs-assessment";
import type { TPlanTrailblazerCommitments } from "@/schemas/plan/trailblazer-commitments";
import type { PlanContext } from "./context";
import { between, catalogueHref, isTrailblazerStrand, issuePath, strandHref, strandInSentence } from "./rules-support";

// Rules for the sections with one page each: ambition, hubs, leadership, needs assessment, trailblazer commitments.

export function checkAmbition(data: TPlanAmbition | undefined, result: CheckResult): void {
  for (const question of AMBITION_QUESTIONS) {
    if (!data?.[question.field]) result.errors.push({ sectionKey: "ambition", path: question.field, code: "required", message: question.missing });
  }
}

const OPEN_HUBS = catalogueHref("family-hubs.min.general.open-hubs");

export function checkHubs(data: TPlanHubs | undefined, result: CheckResult): void {
  const hubs = data?.hubs ?? [];
  const familyHubs = hubs.filter((h) => h.kind === "family-hub");
  if (familyHubs.length === 0) {
    result.errors.push({
      sectionKey: "hubs",
      path: "hubs",
      code: "no-family-hub",
      message: "Add at least one family hub. Network sites, outreach and virtual offers support a family hub but do not replace one",
      guidanceHref: OPEN_HUBS,
    });
    return;
  }
  // "open family hubs … within the first half of 2023 (the hub opening milestone)".
  const opening = fixedMilestoneById("hub-opening");
  if (opening && !familyHubs.some((h) => isOnOrBefore(h.openingDate, opening.window.to))) {
    result.errors.push({
      sectionKey: "hubs",
      path: issuePath("hubs", hubs.findIndex((h) => h.kind === "family-hub"), "openingDate"),
      code: "no-hub-open-by-milestone",
      message: `None of your family hubs opens by ${formatDate(opening.window.to)}. Give at least one family hub an opening date on or before ${formatDate(opening.window.to)}, the hub opening milestone`,
      guidanceHref: OPEN_HUBS,
    });
  }
  // Family hubs serve "0-19 (or 25 with SEND)": a hub still at 0 to 5 has not yet made that move.
  hubs.forEach((hub, i) => {
    if (hub.kind === "family-hub" && hub.ageRange === "0-5") {
      result.warnings.push({
        sectionKey: "hubs",
        path: issuePath("hubs", i, "ageRange"),
        code: "family-hub-age-range",
        message: `${hub.name} serves children aged 0 to 5 only. Family hubs serve children and young people aged 0 to 19, or up to 25 with SEND. Change the age range, or explain when the hub will widen it`,
        guidanceHref: OPEN_HUBS,
      });
    }
  });
}

const ACCOUNTABLE_LEAD = catalogueHref("programme.min.general.single-accountable-lead");
const NAMED_LEADS = catalogueHref("programme.min.general.named-programme-leads");

export function checkLeadership(data: TPlanLeadership | undefined, result: CheckResult): void {
  const lead = data?.accountableLead;
  const push = (path: string, code: string, message: string, guidanceHref?: string) =>
    result.errors.push({ sectionKey: "leadership", path, code, message, guidanceHref });
  if (!lead?.name) {
    push(
      "accountableLead.name",
      "accountable-lead-missing",
      "Enter the name of your single accountable lead for Start for Life, for example your Director of Children's Services or Director of Public Health",
      ACCOUNTABLE_LEAD,
    );
  }
  if (!lead?.email) {
    push("accountableLead.email", "accountable-lead-email-missing", "Enter the email address of your single accountable lead for Start for Life", ACCOUNTABLE_LEAD);
  }
  if (!lead?.jobTitle) push("accountableLead.jobTitle", "required", "Enter the job title of your single accountable lead for Start for Life", ACCOUNTABLE_LEAD);
  if (!Object.values(data?.namedLeads ?? {}).some((l) => l?.name)) {
    push("namedLeads", "named-leads-missing", "Name at least one lead for your programme or transformation team, for example a programme co-ordinator", NAMED_LEADS);
  }
  if (!data?.governance) push("governance", "required", "Enter how the programme will be governed: the boards and who they report to");
}

const NEEDS_ASSESSMENT = catalogueHref("family-hubs.min.general.local-needs-assessment");

export function checkNeedsAssessment(data: TPlanNeedsAssessment | undefined, context: PlanContext, result: CheckResult): void {
  const push = (path: string, code: string, message: string) => result.errors.push({ sectionKey: "needs-assessment", path, code, message, guidanceHref: NEEDS_ASSESSMENT });
  if (!data) {
    push("approach", "needs-assessment-missing", "Tell us when you will complete your local needs assessment in 2022 to 2023, or when your recent one was completed");
    return;
  }
  const window = fixedMilestoneById("local-needs-assessment")?.window;
  if (data.approach === "planned" && window && data.plannedCompletionDate && !isWithin(data.plannedCompletionDate, window)) {
    push(
      "plannedCompletionDate",
      "needs-assessment-outside-window",
      `The planned completion date must be ${between(window)}, in the first year of the programme. If you already have a recent needs assessment, say so instead`,
    );
  }
  if (data.approach === "recent" && data.completedDate && !isOnOrBefore(data.completedDate, context.today)) {
    push(
      "completedDate",
      "needs-assessment-in-future",
      "The date your needs assessment was completed must be today or in the past. If it is not finished yet, give its planned completion date instead",
    );
  }
}

export function checkTrailblazerCommitments(data: TPlanTrailblazerCommitments | undefined, context: PlanContext, result: CheckResult): void {
  if (!context.isTrailblazer) return;
  for (const { id: strand } of STRANDS) {
    if (!isTrailblazerStrand(strand) || !context.trailblazerStrands.includes(strand) || data?.strands[strand]?.commitment) continue;
    result.errors.push({
      sectionKey: "trailblazer-commitments",
      path: issuePath("strands", strand, "commitment"),
      code: "trailblazer-commitment-missing",
      message: `Enter what you will deliver for families in 2022 to 2023 as a trailblazer for ${strandInSentence(strand)}`,
      guidanceHref: strandHref(strand),
    });
  }
}
