"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { DateInput, dateInputErrorTarget } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { NotificationBanner } from "@/components/notification-banner";
import { Select, type SelectOption } from "@/components/select";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { idle, valueOf } from "@/schemas/form-state";
import { extendDeadlineAction } from "@/server/actions/deadlines/extend-deadline-action";

const KINDS: SelectOption[] = [
  { value: "SIGN_UP", text: "Programme sign-up" },
  { value: "PLAN", text: "Delivery plan" },
  { value: "DELIVERY_RETURN", text: "Quarterly delivery return" },
  { value: "GRANT_STATEMENT", text: "Statement of grant usage" },
];

export function ExtendDeadlineForm({ authorities, initialGss }: { authorities: SelectOption[]; initialGss?: string }) {
  const [state, action, pending] = useActionState(extendDeadlineAction, idle);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "invalid" ? state.values : undefined;
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errorSummaryItems(errors, ["localAuthorityGss", "kind", "periodKey", "dueDate", "reason"], { dueDate: dateInputErrorTarget("dueDate") })} />
      {state.status === "saved" && <NotificationBanner variant="success" title="Success" heading={state.message} />}
      <Select id="localAuthorityGss" name="localAuthorityGss" label="Local authority" options={[{ value: "", text: "Select a local authority" }, ...authorities]} defaultValue={valueOf(values, "localAuthorityGss") ?? initialGss ?? ""} error={errors.localAuthorityGss} />
      <Select id="kind" name="kind" label="Deadline for" options={KINDS} defaultValue={valueOf(values, "kind") ?? "SIGN_UP"} error={errors.kind} />
      <TextInput id="periodKey" name="periodKey" label="Period" hint="sign-up for the sign-up, or the reporting period, like 2023-24-Q1" width={20} spellCheck={false} defaultValue={valueOf(values, "periodKey") ?? "sign-up"} error={errors.periodKey} />
      <DateInput
        id="dueDate"
        name="dueDate"
        legend="New deadline"
        legendSize="s"
        hint="The last day to submit, for example 31 3 2026"
        error={errors.dueDate}
        defaultValue={{ day: valueOf(values, "dueDate.day"), month: valueOf(values, "dueDate.month"), year: valueOf(values, "dueDate.year") }}
      />
      <Textarea id="reason" name="reason" label="Reason for the extension" hint="Recorded in the audit log" rows={3} defaultValue={valueOf(values, "reason")} error={errors.reason} />
      <Button disabled={pending}>Extend the deadline</Button>
    </form>
  );
}
