import { getStrand, STRANDS } from "@/catalogue/lookup";
import type { CheckResult, Issue, SubmissionDefinition, SubmissionDocument } from "@/domain/submissions/types";
import { fieldName } from "@/schemas/form-data";
import type { TEifSupport } from "@/schemas/sign-up/eif-support";
import { chosenGoFurtherIds, GO_FURTHER_STRANDS, type TGoFurtherIntentions } from "@/schemas/sign-up/go-further-intentions";
import { strandsAppliedFor, type TTrailblazerApplication } from "@/schemas/sign-up/trailblazer-application";
import type { SignUpContext } from "./context";
import { deadlineMessage } from "./deadline";
import { SIGN_UP_SECTIONS, type SignUpSectionKey } from "./sections";

export type { SignUpContext } from "./context";

// The programme sign-up ("How to sign up to deliver the programme") as a submission kind, with the
// optional trailblazer application that goes in with it (trailblazer guide, "Timelines").

type ParsedSignUp = Partial<{
  "go-further-intentions": TGoFurtherIntentions;
  "eif-support": TEifSupport;
  "trailblazer-application": TTrailblazerApplication;
}>;

/**
 * Runs every section's own rules, then the rules that join sections. Errors block sending for sign-off.
 * Dates are judged on `context.today`: to re-check a sign-up already submitted, pass its London submission date.
 */
export function checkSignUp(document: SubmissionDocument, context: SignUpContext): CheckResult {
  const errors: Issue[] = [];
  if (context.today > context.deadline) {
    // A document-level issue (no section): the same refusal the server gives at submission, shown earlier.
    errors.push({ sectionKey: "", path: "", code: "sign-up-deadline-passed", message: deadlineMessage(context.deadline) });
  }
  const parsed: Record<string, unknown> = {};
  for (const section of SIGN_UP_SECTIONS) {
    const saved = document[section.key];
    if (saved === undefined) {
      errors.push({ sectionKey: section.key, path: "", code: "section-not-started", message: `Complete the section "${section.title}"` });
      continue;
    }
    const result = section.schema.safeParse(saved);
    if (!result.success) {
      errors.push({ sectionKey: section.key, path: "", code: "section-invalid", message: `Check your answers in "${section.title}" and save them again` });
      continue;
    }
    parsed[section.key] = result.data;
    // Each entry pairs a schema with its own rules, so the parsed data has the rules' type.
    errors.push(...(section.rules as (data: unknown, context: SignUpContext) => Issue[])(result.data, context));
  }
  return { errors, warnings: crossSectionWarnings(parsed as ParsedSignUp) };
}

function crossSectionWarnings(sections: ParsedSignUp): Issue[] {
  const warnings: Issue[] = [];
  const application = sections["trailblazer-application"];
  const applied = strandsAppliedFor(application);
  const intentions = sections["go-further-intentions"];

  // EIF support "will not be available for those LAs selected to become trailblazers", and Annex Q calls it
  // "not suitable" for applicants; an unsuccessful applicant may still need it, so this warns, not blocks.
  if (applied.length > 0 && sections["eif-support"]?.request === "yes") {
    warnings.push({
      sectionKey: "eif-support",
      path: "request",
      code: "eif-with-trailblazer-application",
      message:
        "You have asked for Early Intervention Foundation support and applied to be a trailblazer. EIF support is not given to " +
        "trailblazers, and the guide says it is not suitable for areas that apply. Explain why you need it if you are not selected",
      guidanceHref: "/catalogue#eif-support",
    });
  }

  if (intentions) {
    // Funded services need at least one go-further in the delivery plan; flag it now while it is provisional.
    for (const strand of GO_FURTHER_STRANDS) {
      if (!STRANDS.find((s) => s.id === strand)?.funded) continue;
      if ((intentions.goFurthers[strand] ?? []).length > 0) continue;
      warnings.push({
        sectionKey: "go-further-intentions",
        path: fieldName("goFurthers", strand),
        code: "go-further-strand-none",
        message: `You have not chosen a go-further option for ${getStrand(strand).name.toLowerCase()}. Your delivery plan will need at least one for each funded service`,
      });
    }
  }

  if (application && applied.length > 0) {
    if (!application.partnersEngaged) {
      warnings.push({
        sectionKey: "trailblazer-application",
        path: "partnersEngaged",
        code: "trailblazer-partners-not-engaged",
        message: "The trailblazer guide asks you to engage your MPs, cabinet members, integrated care board lead and local providers on your trailblazer proposals",
      });
    }
    const intended = new Set(chosenGoFurtherIds(intentions));
    for (const strand of applied) {
      for (const id of application.plans[strand]?.goFurtherIds ?? []) {
        if (intended.has(id)) continue;
        warnings.push({
          sectionKey: "trailblazer-application",
          path: fieldName("plans", strand, "goFurtherIds"),
          code: "trailblazer-go-further-not-in-intentions",
          message: `A go-further option in your trailblazer plan for ${getStrand(strand).name.toLowerCase()} is not in your go-further options. Select it there too`,
        });
        break;
      }
    }
  }
  return warnings;
}

export const SIGN_UP_DECLARATION =
  "As the single accountable lead for Start for Life, I confirm that the people named have formally signed up to the Family Hubs " +
  "and Start for Life programme on behalf of the local authority; that the local authority commits to every minimum expectation " +
  "by 31 March 2025 and to the additional delivery expectations as confirmed in this form; that the people and organisations " +
  "listed were consulted; and that the information in this sign-up, including any trailblazer application, is accurate.";

export const signUpDefinition: SubmissionDefinition<SignUpContext> = {
  kind: "SIGN_UP",
  noun: "sign-up",
  sections: SIGN_UP_SECTIONS,
  check: checkSignUp,
  permissions: { edit: "signup.edit", sendForSignOff: "signup.submit", signOff: "signup.signOff", review: "signup.review" },
  declaration: SIGN_UP_DECLARATION,
  deputiesMaySign: true,
};

export function signUpSection(key: SignUpSectionKey) {
  return SIGN_UP_SECTIONS.find((s) => s.key === key);
}
