"use client";

import { DateInput } from "@/components/date-input";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { formatDate } from "@/domain/dates";
import type { PlanMilestone } from "@/domain/return/sections";
import { dateParts } from "@/schemas/date-parts";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FormState } from "@/schemas/form-state";
import { MILESTONE_STATUS_LABELS, MILESTONE_STATUSES, type TReturnMilestones } from "@/schemas/return/milestones";
import { ReturnSectionForm, type AutosaveResult } from "./return-section-form";

export function MilestonesForm({
  action,
  autosave,
  version,
  milestones,
  saved,
  previous,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  autosave: (f: FormData) => Promise<AutosaveResult>;
  version: number;
  milestones: readonly PlanMilestone[];
  saved?: TReturnMilestones;
  previous?: TReturnMilestones;
}) {
  const order = milestones.flatMap((m) => ["status", "revisedDate", "commentary"].map((field) => fieldName("milestones", m.id, field)));
  return (
    <ReturnSectionForm action={action} autosave={autosave} version={version} errorOrder={order}>
      {(f) =>
        milestones.map((m, i) => {
          const name = (field: string) => fieldName("milestones", m.id, field);
          const update = saved?.milestones[m.id];
          const before = previous?.milestones[m.id];
          const parts = dateParts(update?.revisedDate);
          const revised = name("revisedDate");
          return (
            <section key={m.id} aria-labelledby={`milestone-${i}-heading`} className="mb-8 border-b border-govuk-border pb-4">
              <h2 id={`milestone-${i}-heading`} className="govuk-heading-m">
                {m.label}
              </h2>
              <p className="govuk-body">
                Planned for {formatDate(m.plannedDate)}
                {before?.revisedDate && before.revisedDate !== m.plannedDate ? `; last quarter's revised date ${formatDate(before.revisedDate)}` : ""}.
                {before?.status ? ` Last quarter: ${MILESTONE_STATUS_LABELS[before.status]}.` : ""}
              </p>
              <Radios
                id={fieldId(name("status"))}
                name={name("status")}
                legend={
                  <>
                    Status<span className="sr-only"> of {m.label}</span>
                  </>
                }
                legendSize="s"
                defaultValue={f.value(name("status"), update?.status)}
                error={f.error(name("status"))}
                items={MILESTONE_STATUSES.map((s) => ({ value: s, label: MILESTONE_STATUS_LABELS[s] }))}
              />
              <DateInput
                id={fieldId(revised)}
                name={revised}
                legend={
                  <>
                    Revised date (optional)<span className="sr-only"> for {m.label}</span>
                  </>
                }
                legendSize="s"
                hint="Only if the date has moved from the plan. For example, 30 9 2024"
                defaultValue={{ day: f.value(`${revised}.day`, parts?.day), month: f.value(`${revised}.month`, parts?.month), year: f.value(`${revised}.year`, parts?.year) }}
                error={f.error(revised)}
              />
              <Textarea
                id={fieldId(name("commentary"))}
                name={name("commentary")}
                label={
                  <>
                    Commentary<span className="sr-only"> on {m.label}</span>
                  </>
                }
                labelSize="s"
                hint="Required when the milestone is at risk or off track, or when its date moves."
                rows={3}
                defaultValue={f.value(name("commentary"), update?.commentary)}
                error={f.error(name("commentary"))}
              />
            </section>
          );
        })
      }
    </ReturnSectionForm>
  );
}
