import { warningKey, type Issue } from "@/domain/submissions/types";
import type { FormState } from "@/schemas/form-state";
import { ExplanationsForm } from "./explanations-form";
import { IssueList } from "./issue-list";

/**
 * The top of every "check your answers" page: the problems to fix (each linking to its field)
 * and the warnings with the lead's explanations, editable while the document is a draft.
 */
export function CheckProblems({
  noun,
  check,
  showProblems = true,
  hrefFor,
  sectionTitle,
  explanations,
}: {
  /** "plan", "return", "statement", as it reads mid-sentence. */
  noun: string;
  check: { errors: Issue[]; warnings: Issue[]; explanations: Record<string, string> };
  showProblems?: boolean;
  hrefFor: (issue: Issue) => string | undefined;
  sectionTitle: (key: string) => string;
  /** Given when the user may edit: the save action and the explanations' version. */
  explanations?: { action: (state: FormState, formData: FormData) => Promise<FormState>; expectedVersion: number };
}) {
  const { errors, warnings } = check;
  return (
    <>
      {showProblems &&
        (errors.length > 0 ? (
          <section aria-labelledby="problems-heading" className="mb-8 border-4 border-govuk-error p-4">
            <h2 id="problems-heading" className="govuk-heading-m">
              {errors.length === 1 ? "There is 1 problem to fix" : `There are ${errors.length} problems to fix`}
            </h2>
            <p>You can send the {noun} for sign-off once these are fixed.</p>
            <IssueList issues={errors} hrefFor={(issue) => (explanations ? hrefFor(issue) : undefined)} sectionTitle={sectionTitle} />
          </section>
        ) : (
          <p>There are no problems with the {noun}.</p>
        ))}

      {warnings.length > 0 && (
        <section aria-labelledby="warnings-heading" className="mb-8">
          <h2 id="warnings-heading" className="govuk-heading-m">
            {warnings.length === 1 ? "1 warning to explain" : `${warnings.length} warnings to explain`}
          </h2>
          <p>Warnings do not stop you sending the {noun}, but you must explain each one. The programme team will read your explanation beside the warning.</p>
          {explanations ? (
            <ExplanationsForm
              action={explanations.action}
              expectedVersion={explanations.expectedVersion}
              warnings={warnings.map((w) => ({
                key: warningKey(w),
                message: w.message,
                sectionTitle: sectionTitle(w.sectionKey),
                href: hrefFor(w),
                explanation: check.explanations[warningKey(w)],
              }))}
            />
          ) : (
            <ul className="govuk-list">
              {warnings.map((w) => (
                <li key={warningKey(w)}>
                  <strong>{w.message}</strong> {check.explanations[warningKey(w)] ?? "Not explained yet."}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
