"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { NotificationBanner } from "@/components/notification-banner";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { idle } from "@/schemas/form-state";
import { cohortAction } from "@/server/actions/selection/selection-actions";

interface Authority {
  gssCode: string;
  name: string;
  isTrailblazer: boolean;
  hasEifSupport: boolean;
  isSuperEvaluator: boolean;
  isResearchParticipant: boolean;
}

const COLUMNS = [
  { cohort: "eif", field: "hasEifSupport", label: "EIF support" },
  { cohort: "super-evaluator", field: "isSuperEvaluator", label: "super-evaluator" },
  { cohort: "research", field: "isResearchParticipant", label: "research participant" },
] as const;

/** One form, a button per change; a refusal is shown in the error summary and beside the button. */
export function CohortsForm({ authorities }: { authorities: Authority[] }) {
  const [state, action, pending] = useActionState(cohortAction, idle);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errorSummaryItems(errors)} />
      {state.status === "saved" && <NotificationBanner variant="success" title="Success" heading={state.message} />}
      <Table
        caption="Signed-up local authorities"
        captionSize="m"
        head={["Local authority", "EIF support", "Super-evaluator", "Research participant"]}
        rowKeys={authorities.map((a) => a.gssCode)}
        rows={authorities.map((a) => [
          <>
            {a.name} {a.isTrailblazer && <Tag colour="purple">Trailblazer</Tag>}
          </>,
          ...COLUMNS.map(({ cohort, field, label }) => {
            const member = a[field];
            const id = `cohort-${a.gssCode}-${cohort}`;
            return (
              <div key={cohort}>
                {member ? <Tag colour="green">Yes</Tag> : <Tag colour="grey">No</Tag>}
                {errors[id] && (
                  <p className="govuk-font-16 font-bold text-govuk-error" id={`${id}-error`}>
                    <span className="sr-only">Error:</span> {errors[id]}
                  </p>
                )}
                <Button id={id} variant="secondary" name="change" value={`${a.gssCode}|${cohort}|${member ? "remove" : "add"}`} disabled={pending} className="mt-2 mb-0 block" aria-describedby={errors[id] ? `${id}-error` : undefined}>
                  {member ? "Remove" : "Add"}
                  <span className="sr-only">
                    {" "}
                    {a.name} {member ? "from" : "as"} {label}
                  </span>
                </Button>
              </div>
            );
          }),
        ])}
      />
    </form>
  );
}
