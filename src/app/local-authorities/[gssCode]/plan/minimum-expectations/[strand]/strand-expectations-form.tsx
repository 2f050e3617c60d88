"use client";

import { DateInput } from "@/components/date-input";
import { Radios } from "@/components/radios";
import { SectionForm } from "@/components/submission/section-form";
import { Textarea } from "@/components/textarea";
import { fieldId, fieldName } from "@/schemas/form-data";
import { dateParts } from "@/schemas/date-parts";
import type { FormState } from "@/schemas/form-state";
import { EXPECTATION_STATUSES, type TExpectationEntry } from "@/schemas/plan/minimum-expectations";

export interface ExpectationRow {
  id: string;
  summary: string;
  /** How families reach it; none for the catalogue's "general" channel. */
  channel?: string;
  deadline?: string;
  optOutAllowed: boolean;
}

// The target date and the reason sit after the radios rather than inside one radio's reveal: two statuses need
// each of them, and a field may appear once in a form. CSS reveals them for the statuses that need them (date:
// planned or at risk; reason: at risk or opting out); browsers without :has() show both, as GOV.UK does without
// JavaScript, and the schema ignores what a status does not use.
const SHOW_DATE = "[[data-expectation]:not(:has(input[value=planned]:checked)):not(:has(input[value=at-risk]:checked))_&]:hidden";
const SHOW_REASON = "[[data-expectation]:not(:has(input[value=at-risk]:checked)):not(:has(input[value=opted-out]:checked))_&]:hidden";

/** Every minimum expectation of one strand; posts only this strand's entries (the section merges them). */
export function StrandExpectationsForm({
  action,
  version,
  expectations,
  saved,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  version: number;
  expectations: readonly ExpectationRow[];
  saved: Record<string, TExpectationEntry>;
}) {
  const order = expectations.flatMap((e) => ["status", "targetDate", "reason"].map((field) => fieldName("expectations", e.id, field)));
  return (
    <SectionForm action={action} version={version} errorOrder={order}>
      {(f) =>
        expectations.map((e, i) => {
          const name = (field: keyof TExpectationEntry) => fieldName("expectations", e.id, field);
          const entry = saved[e.id];
          const target = dateParts(entry?.targetDate);
          const statuses = EXPECTATION_STATUSES.filter((s) => s.id !== "opted-out" || e.optOutAllowed);
          return (
            <div key={e.id} data-expectation="" className="mb-[30px] border-b border-govuk-border pb-[10px]">
              <Radios
                id={fieldId(name("status"))}
                name={name("status")}
                legend={
                  <>
                    <span className="govuk-caption-m">Expectation {i + 1} of {expectations.length}</span>
                    {e.summary}
                  </>
                }
                legendSize="s"
                hint={
                  <>
                    {e.channel ? `${e.channel}. ` : ""}
                    {e.deadline ? `To be met by ${e.deadline}. ` : ""}
                    <a href={`/catalogue#${e.id}`} className="govuk-link">
                      Read it in the catalogue<span className="sr-only">: {e.summary}</span>
                    </a>
                  </>
                }
                items={statuses.map((s) => ({ value: s.id, label: s.label }))}
                defaultValue={f.value(name("status"), entry?.status)}
                error={f.error(name("status"))}
              />
              <div className={SHOW_DATE}>
                <DateInput
                  id={fieldId(name("targetDate"))}
                  name={name("targetDate")}
                  legend={
                    <>
                      Target date<span className="sr-only"> for expectation {i + 1}</span>
                    </>
                  }
                  hint={`The date it will be met${e.deadline ? `, no later than ${e.deadline}` : ""}. For example, 31 3 2024`}
                  defaultValue={{
                    day: f.value(`${name("targetDate")}.day`, target?.day),
                    month: f.value(`${name("targetDate")}.month`, target?.month),
                    year: f.value(`${name("targetDate")}.year`, target?.year),
                  }}
                  error={f.error(name("targetDate"))}
                />
              </div>
              <div className={SHOW_REASON}>
                <Textarea
                  id={fieldId(name("reason"))}
                  name={name("reason")}
                  label={
                    <>
                      Reason<span className="sr-only"> for expectation {i + 1}</span>
                    </>
                  }
                  hint="Why it is at risk and what you are doing about it, or your good reason for opting out."
                  rows={2}
                  defaultValue={f.value(name("reason"), entry?.reason)}
                  error={f.error(name("reason"))}
                />
              </div>
            </div>
          );
        })
      }
    </SectionForm>
  );
}
