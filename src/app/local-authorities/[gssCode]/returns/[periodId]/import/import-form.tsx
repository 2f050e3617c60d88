"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorMessage } from "@/components/error-message";
import { ErrorSummary } from "@/components/error-summary";
import { FormGroup } from "@/components/form-group";
import type { TemplateProblem } from "@/domain/return/mi-template";
import type { ImportFormState } from "@/server/actions/imports/import-mi";

function describe(p: TemplateProblem): string {
  if (!p.sheet) return p.message;
  return `${p.sheet} sheet, row ${p.row}${p.column ? `, column ${p.column}` : ""}: ${p.message}`;
}

/** A plain multipart form: works without JavaScript; the action answers with every problem or redirects. */
export function ImportForm({ action }: { action: (state: ImportFormState, formData: FormData) => Promise<ImportFormState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ImportFormState);
  const problems = state.status === "problems" ? state.problems : [];
  const fieldError =
    state.status === "refused"
      ? state.message
      : problems.length
        ? `${state.status === "problems" ? state.fileName : "The file"} has ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}. Nothing was imported. Fix ${problems.length === 1 ? "it" : "them"} and upload the file again.`
        : undefined;
  const summary = state.status === "refused" ? [{ href: "#file", text: state.message }] : problems.map((p) => ({ href: "#file", text: describe(p) }));
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        errors={summary}
        description={problems.length ? "Nothing was imported. Each problem is listed by sheet, row and column of your file." : undefined}
      />
      <FormGroup hasError={Boolean(fieldError)}>
        <label htmlFor="file" className="govuk-font-19 mb-[5px] block font-bold">
          Upload the filled-in template
        </label>
        <div id="file-hint" className="govuk-font-19 mb-[15px] text-govuk-secondary-text">
          An Excel workbook (.xlsx), or one sheet saved as CSV, smaller than 5 MB.
        </div>
        {fieldError && <ErrorMessage id="file-error">{fieldError}</ErrorMessage>}
        <input
          id="file"
          name="file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby={fieldError ? "file-hint file-error" : "file-hint"}
          aria-invalid={fieldError ? true : undefined}
          className="govuk-font-19 max-w-full focus:outline-[3px] focus:outline-offset-0 focus:outline-govuk-focus focus:shadow-[inset_0_0_0_4px_#0b0c0c]"
        />
      </FormGroup>
      <Button disabled={pending}>Upload and import</Button>
    </form>
  );
}
