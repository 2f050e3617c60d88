import type { SectionDefinition, SubmissionDefinition } from "@/domain/submissions/types";
import { ZGrantSpend, type TGrantSpend } from "@/schemas/grant/spend";
import { checkGrantStatement, type GrantContext } from "./grant-rules";

// A statement of grant usage (interim or annual, per financial year) as a submission kind.

const spend: SectionDefinition<TGrantSpend> = {
  key: "spend",
  title: "Spend per funding line",
  schema: ZGrantSpend,
  progress(data) {
    if (!data) return "Not started";
    const lines = Object.values(data.lines);
    return lines.length > 0 && lines.every((l) => l.spendPence !== undefined) ? "Completed" : "In progress";
  },
};

export const GRANT_DECLARATION =
  "As the local authority's chief finance officer (section 151 officer), or their delegate, I confirm that the " +
  "expenditure in this statement of grant usage is accurate, and that it was incurred in line with the purposes " +
  "and conditions of the grant determination letter.";

export const grantStatementDefinition: SubmissionDefinition<GrantContext> = {
  kind: "GRANT_STATEMENT",
  noun: "statement of grant usage",
  sections: [spend],
  check: checkGrantStatement,
  permissions: { edit: "grant.edit", sendForSignOff: "grant.edit", signOff: "grant.signOff", review: "grant.review" },
  declaration: GRANT_DECLARATION,
  // The finance officer signs as section 151 officer; an accountable lead's deputy cannot.
  deputiesMaySign: false,
};
