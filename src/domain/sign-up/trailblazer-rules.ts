import { TRAILBLAZERS } from "@/catalogue/cohorts";
import { getStrand } from "@/catalogue/lookup";
import { formatDate } from "@/domain/dates";
import type { Issue } from "@/domain/submissions/types";
import { fieldName } from "@/schemas/form-data";
import type { TTrailblazerApplication } from "@/schemas/sign-up/trailblazer-application";
import type { SignUpContext } from "./context";
import { applicationWaveFor } from "./deadline";

// Rules for the trailblazer application on its own (trailblazer guide, "Selection process").

const GUIDE = "/catalogue#trailblazers";
const LAST_CLOSE = TRAILBLAZERS.waves[TRAILBLAZERS.waves.length - 1]?.closes ?? "2022-09-30";

function issue(path: (string | number)[], code: string, message: string): Issue {
  return { sectionKey: "trailblazer-application", path: path.length ? fieldName(...path) : "", code, message, guidanceHref: GUIDE };
}

export function trailblazerApplicationIssues(data: TTrailblazerApplication, context?: SignUpContext): Issue[] {
  if (!data.applying) return [issue(["applying"], "trailblazer-answer-missing", "Select yes if you are applying to be a trailblazer")];
  if (data.applying === "no") return [];
  const issues: Issue[] = [];
  // "We will not consider applications that miss these deadlines" (Selection process > Timelines), unless
  // an administrator extended this LA's sign-up deadline (applicationWaveFor).
  if (context && applicationWaveFor({ submittedOn: context.today, deadline: context.deadline }) === null) {
    issues.push(
      issue(
        ["applying"],
        "trailblazer-applications-closed",
        `Trailblazer applications closed on ${formatDate(LAST_CLOSE)}. Answer no to applying to be a trailblazer to send your sign-up`,
      ),
    );
  }
  if (data.strands.length === 0) issues.push(issue(["strands"], "trailblazer-strands-missing", "Select at least one strand you are applying for"));
  for (const strand of data.strands) {
    const name = getStrand(strand).name.toLowerCase();
    const plan = data.plans[strand];
    if (!plan?.ambition) issues.push(issue(["plans", strand, "ambition"], "trailblazer-plan-missing", `Describe your plans for the trailblazer funding for ${name}`));
    if (!plan?.goFurtherIds.length) {
      issues.push(issue(["plans", strand, "goFurtherIds"], "trailblazer-go-further-missing", `Select the go-further options you will deliver in 2022 to 2023 for ${name}`));
    }
    if (!plan?.existingOffer) issues.push(issue(["plans", strand, "existingOffer"], "trailblazer-existing-offer-missing", `Describe your existing offer for ${name}`));
  }
  if (!data.familyHubAccess) {
    issues.push(issue(["familyHubAccess"], "trailblazer-family-hub-access-missing", "Describe how you will make sure families know their family hubs"));
  }
  if (!data.familyHubsOffer) issues.push(issue(["familyHubsOffer"], "trailblazer-family-hubs-offer-missing", "Describe your existing family hubs offer"));
  if (!data.sharingExpertise) {
    issues.push(issue(["sharingExpertise"], "trailblazer-sharing-expertise-missing", "Describe how you will share your knowledge and expertise with other local authorities"));
  }
  if (!data.systemMaturity) {
    issues.push(issue(["systemMaturity"], "trailblazer-system-maturity-missing", "Answer the questions on how ready your local systems are for rapid delivery"));
  }
  return issues;
}
