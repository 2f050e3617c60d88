"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { NotificationBanner } from "@/components/notification-banner";
import { Select, type SelectOption } from "@/components/select";
import { TextInput } from "@/components/text-input";
import { idle, valueOf } from "@/schemas/form-state";
import { importAllocationsAction, saveAllocationAction } from "@/server/actions/allocations/allocation-actions";

export interface AllocationChoices {
  authorities: SelectOption[];
  years: SelectOption[];
  lines: SelectOption[];
}

export function AllocationForm({ choices }: { choices: AllocationChoices }) {
  const [state, action, pending] = useActionState(saveAllocationAction, idle);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "invalid" ? state.values : undefined;
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errorSummaryItems(errors, ["gssCode", "financialYear", "fundingLineId", "amount"])} />
      {state.status === "saved" && <NotificationBanner variant="success" title="Success" heading={state.message} />}
      <Select id="gssCode" name="gssCode" label="Local authority" options={[{ value: "", text: "Select a local authority" }, ...choices.authorities]} defaultValue={valueOf(values, "gssCode") ?? ""} error={errors.gssCode} />
      <Select id="financialYear" name="financialYear" label="Financial year" options={[{ value: "", text: "Select a financial year" }, ...choices.years]} defaultValue={valueOf(values, "financialYear") ?? ""} error={errors.financialYear} />
      <Select id="fundingLineId" name="fundingLineId" label="Funding line" options={[{ value: "", text: "Select a funding line" }, ...choices.lines]} defaultValue={valueOf(values, "fundingLineId") ?? ""} error={errors.fundingLineId} />
      <TextInput id="amount" name="amount" label="Amount" hint="In pounds, for example 1,234,567.89" prefix="£" width={10} inputMode="decimal" spellCheck={false} defaultValue={valueOf(values, "amount")} error={errors.amount} />
      <Button disabled={pending}>Save allocation</Button>
    </form>
  );
}

export function ImportForm() {
  const [state, action, pending] = useActionState(importAllocationsAction, idle);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  // Row problems are about the file, so each summary link goes to the file input.
  const items = errorSummaryItems(errors, ["file"]).map((item) => ({ ...item, href: "#file" }));
  const fileError = errors.file ?? (items.length ? "The file has problems: nothing was imported" : undefined);
  return (
    <form action={action} noValidate encType="multipart/form-data">
      <ErrorSummary description={state.status === "invalid" ? state.message : undefined} errors={items} id="import-error-summary" />
      {state.status === "saved" && <NotificationBanner variant="success" title="Success" heading={state.message} id="import-success" />}
      <div className={`mb-[30px] ${fileError ? "border-l-[5px] border-govuk-error pl-[15px]" : ""}`}>
        <label className="govuk-font-19 mb-[5px] block font-bold" htmlFor="file">
          Upload a CSV file
        </label>
        <div id="file-hint" className="govuk-font-19 mb-[15px] text-govuk-secondary-text">
          Columns: gss_code, financial_year, funding_line, amount_pounds. If any row has a problem, nothing is imported.
        </div>
        {fileError && (
          <p id="file-error" className="govuk-font-19 mb-[15px] font-bold text-govuk-error">
            <span className="sr-only">Error:</span> {fileError}
          </p>
        )}
        <input id="file" name="file" type="file" accept=".csv,text/csv" aria-describedby={fileError ? "file-hint file-error" : "file-hint"} className="govuk-font-19" />
      </div>
      <Button variant="secondary" disabled={pending}>
        Import allocations
      </Button>
    </form>
  );
}
