import type { ReactNode } from "react";
import type { Issue } from "@/domain/submissions/types";
import type { FormState } from "@/schemas/form-state";
import { CheckProblems } from "./check-problems";
import { DocumentView } from "./document-view";

/** The body of every "check your answers" page: the problems and warnings the rules found, then each section as a card. */
export function CheckAnswers({
  noun,
  check,
  showProblems = true,
  sections,
  hrefFor,
  explanations,
  summary,
  changeHref,
  changedSinceReturn,
}: {
  /** "plan", "return", "statement", as it reads mid-sentence. */
  noun: string;
  check: { errors: Issue[]; warnings: Issue[]; explanations: Record<string, string> };
  showProblems?: boolean;
  sections: readonly { key: string; title: string }[];
  hrefFor: (issue: Issue) => string | undefined;
  /** Given when the user may edit: the save action and the explanations' version. */
  explanations?: { action: (state: FormState, formData: FormData) => Promise<FormState>; expectedVersion: number };
  /** The kind's read-only rendering of one section. */
  summary: (sectionKey: string) => ReactNode;
  /** Given when the user may edit: where each section is changed. */
  changeHref?: (sectionKey: string) => string;
  /** Sections that differ from the revision a reviewer returned. */
  changedSinceReturn?: ReadonlySet<string>;
}) {
  const sectionTitle = (key: string) => sections.find((s) => s.key === key)?.title ?? key;
  const count = (issues: Issue[], key: string) => issues.filter((i) => i.sectionKey === key).length;
  return (
    <>
      <CheckProblems noun={noun} check={check} showProblems={showProblems} hrefFor={hrefFor} sectionTitle={sectionTitle} explanations={explanations} />

      <h2 className="govuk-heading-l">Your answers</h2>
      <DocumentView
        sections={sections.map((s) => ({
          key: s.key,
          title: s.title,
          content: summary(s.key),
          changeHref: changeHref?.(s.key),
          errors: showProblems ? count(check.errors, s.key) : 0,
          warnings: count(check.warnings, s.key),
          changedSinceReturn: changedSinceReturn?.has(s.key),
        }))}
      />
    </>
  );
}
