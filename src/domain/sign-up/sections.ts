import type { ZodType } from "zod";
import { SIGN_UP } from "@/catalogue/cohorts";
import { ADDITIONAL_DELIVERY_EXPECTATIONS } from "@/catalogue/programme";
import { formatDate } from "@/domain/dates";
import type { Issue, SectionDefinition, SectionProgress } from "@/domain/submissions/types";
import { fieldName } from "@/schemas/form-data";
import { ZCommitments, type TCommitments } from "@/schemas/sign-up/commitments";
import { ZConsultees, type TConsultees } from "@/schemas/sign-up/consultees";
import { ZEifSupport, type TEifSupport } from "@/schemas/sign-up/eif-support";
import { chosenGoFurtherIds, ZGoFurtherIntentions, type TGoFurtherIntentions } from "@/schemas/sign-up/go-further-intentions";
import { ZResearch, type TResearch } from "@/schemas/sign-up/research";
import { ZSignatories, type TSignatories } from "@/schemas/sign-up/signatories";
import { ZTrailblazerApplication } from "@/schemas/sign-up/trailblazer-application";
import { trailblazerApplicationIssues } from "./trailblazer-rules";
import type { SignUpContext } from "./context";

// The sign-up's sections and the rules that concern one section alone. Each rule set runs without a
// context for the task list (progress) and with one for checkSignUp, which adds date rules.
// Issue paths are form field names inside the section (fieldName), as fieldErrorsFrom makes them,
// because catalogue ids contain dots.

export const SIGN_UP_SECTION_KEYS = [
  "commitments",
  "go-further-intentions",
  "signatories",
  "consultees",
  "eif-support",
  "research",
  "trailblazer-application",
] as const;
export type SignUpSectionKey = (typeof SIGN_UP_SECTION_KEYS)[number];

export type SectionRules<T> = (data: T, context?: SignUpContext) => Issue[];

const GUIDE_SIGN_UP = "/catalogue#sign-up";

function issueMaker(sectionKey: SignUpSectionKey) {
  return (path: (string | number)[], code: string, message: string, guidanceHref?: string): Issue => ({
    sectionKey,
    path: path.length ? fieldName(...path) : "",
    code,
    message,
    ...(guidanceHref ? { guidanceHref } : {}),
  });
}

export const commitmentIssues: SectionRules<TCommitments> = (data) => {
  const issue = issueMaker("commitments");
  const issues: Issue[] = [];
  if (!data.minimumExpectations) {
    issues.push(issue(["minimumExpectations"], "minimum-expectations-not-confirmed", "Confirm that you will meet every minimum expectation by 31 March 2025"));
  }
  for (const e of ADDITIONAL_DELIVERY_EXPECTATIONS) {
    const answer = data.additional[e.expectationId];
    if (answer?.response === "confirmed") continue;
    if (answer?.response === "opt-out" && e.optOutAllowed) {
      if (!answer.optOutReason) {
        issues.push(issue(["additional", e.expectationId, "optOutReason"], "opt-out-reason-missing", `Give your reason for opting out of "${e.title}"`));
      }
      continue;
    }
    issues.push(
      issue(
        ["additional", e.expectationId, "response"],
        "additional-expectation-not-confirmed",
        e.optOutAllowed ? `Confirm "${e.title}", or opt out and give your reason` : `Confirm that you commit to "${e.title}"`,
      ),
    );
  }
  return issues;
};

export const goFurtherIssues: SectionRules<TGoFurtherIntentions> = (data) =>
  chosenGoFurtherIds(data).length > 0 || data.otherIdeas
    ? []
    : [
        issueMaker("go-further-intentions")(
          [],
          "go-further-none",
          "Select at least one go-further option you think you can deliver, or describe your own ideas",
        ),
      ];

export const signatoryIssues: SectionRules<TSignatories> = (data, context) => {
  const issue = issueMaker("signatories");
  const issues: Issue[] = [];
  for (const { id, label } of SIGN_UP.signatories) {
    const signatory = data.signatories[id];
    const who = label.toLowerCase();
    if (!signatory?.name) issues.push(issue(["signatories", id, "name"], "signatory-name-missing", `Enter the name of the ${who}`, GUIDE_SIGN_UP));
    const date = signatory?.dateSigned;
    if (!date) {
      issues.push(issue(["signatories", id, "dateSigned"], "signatory-date-missing", `Enter the date the ${who} signed`));
    } else if (date < SIGN_UP.window.from) {
      issues.push(
        issue(
          ["signatories", id, "dateSigned"],
          "signatory-date-before-sign-up",
          `The date the ${who} signed must be on or after ${formatDate(SIGN_UP.window.from)}, when sign-up opened`,
        ),
      );
    } else if (context && date > context.today) {
      issues.push(issue(["signatories", id, "dateSigned"], "signatory-date-in-future", `The date the ${who} signed must be today or in the past`));
    }
  }
  return issues;
};

export const consulteeIssues: SectionRules<TConsultees> = (data) => {
  const issue = issueMaker("consultees");
  const issues: Issue[] = [];
  for (const { id, label } of SIGN_UP.consultees) {
    const rows = data.consultees[id] ?? [];
    if (rows.length === 0) {
      issues.push(issue(["consultees", id], "consultee-missing", `Enter the name and role of who you consulted: ${label.toLowerCase()}`, GUIDE_SIGN_UP));
    }
    rows.forEach((row, i) => {
      if (!row.name) issues.push(issue(["consultees", id, i, "name"], "consultee-name-missing", `Enter the name of the person or organisation you consulted`));
      if (!row.role) issues.push(issue(["consultees", id, i, "role"], "consultee-role-missing", `Enter the role of ${row.name ?? "the person you consulted"}`));
    });
  }
  return issues;
};

export const eifIssues: SectionRules<TEifSupport> = (data) => {
  const issue = issueMaker("eif-support");
  if (!data.request) return [issue(["request"], "eif-answer-missing", "Select yes if you would like to be considered for support from the Early Intervention Foundation")];
  if (data.request === "no") return [];
  const issues: Issue[] = [];
  if (!data.maturity) issues.push(issue(["maturity"], "eif-maturity-missing", "Describe how developed your family hub system is"));
  if (!data.needs) issues.push(issue(["needs"], "eif-needs-missing", "Describe what you would want the support to help with"));
  if (!data.willingToEngage) {
    issues.push(issue(["willingToEngage"], "eif-commitment-missing", "Confirm that your area is willing and able to give the support the sustained commitment it needs"));
  }
  return issues;
};

export const researchIssues: SectionRules<TResearch> = (data) => {
  const issue = issueMaker("research");
  if (!data.interested) return [issue(["interested"], "research-answer-missing", "Select yes if your area is interested in taking part in the research")];
  if (data.interested === "no") return [];
  const issues: Issue[] = [];
  if (!data.contactName) issues.push(issue(["contactName"], "research-contact-name-missing", "Enter the name of the person we should send the expression of interest form to"));
  if (!data.contactEmail) issues.push(issue(["contactEmail"], "research-contact-email-missing", "Enter the email address of the person we should send the expression of interest form to"));
  return issues;
};

function section<T>(key: SignUpSectionKey, title: string, schema: ZodType<T>, rules: SectionRules<T>): SectionDefinition<T> & { rules: SectionRules<T> } {
  return {
    key,
    title,
    schema,
    rules,
    progress(data: T | undefined): SectionProgress {
      if (data === undefined) return "Not started";
      return rules(data).length === 0 ? "Completed" : "In progress";
    },
  };
}

export const SIGN_UP_SECTIONS = [
  section("commitments", "Commit to the programme's expectations", ZCommitments, commitmentIssues),
  section("go-further-intentions", "Go-further options you expect to deliver", ZGoFurtherIntentions, goFurtherIssues),
  section("signatories", "Formal sign-up by senior leaders", ZSignatories, signatoryIssues),
  section("consultees", "People and organisations you consulted", ZConsultees, consulteeIssues),
  section("eif-support", "Support from the Early Intervention Foundation", ZEifSupport, eifIssues),
  section("research", "Research on early awareness of family hub services", ZResearch, researchIssues),
  section("trailblazer-application", "Trailblazer application", ZTrailblazerApplication, trailblazerApplicationIssues),
] as const;

export type SignUpSection = (typeof SIGN_UP_SECTIONS)[number];
