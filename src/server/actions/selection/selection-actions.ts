"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { TRAILBLAZER_STRANDS, type TrailblazerStrand, type TrailblazerWave } from "@/catalogue/cohorts";
import { ZApplicationScore, ZStrandDecisions } from "@/domain/selection/scoring";
import { fieldName, formDataToObject } from "@/schemas/form-data";
import { fieldErrorsFrom, submittedValues, type FormState } from "@/schemas/form-state";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { isAppError } from "@/server/errors";
import { decideStrands, type DecisionRefusal, type StrandDecisionInput } from "@/server/selection/decide-strands";
import { scoreApplication } from "@/server/selection/score-application";
import { COHORTS, setCohortMembership, type CohortKey } from "@/server/selection/set-cohort-membership";

const pathFor = (gss: string) => `/trailblazers/${gss}`;

export async function scoreApplicationAction(localAuthorityGss: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = submittedValues(formData);
  const parsed = ZApplicationScore.safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error), values };
  const { db } = await getDatabase();
  await scoreApplication({ db, actor, localAuthorityGss, score: parsed.data });
  revalidatePath(pathFor(localAuthorityGss));
  return { status: "saved", message: "Your scores have been saved", values };
}

const ZFeedback = z.object({ feedback: z.partialRecord(z.enum(TRAILBLAZER_STRANDS), z.string().trim().max(5000, "Keep the feedback to 5,000 characters or fewer")).default({}) });

export async function decideStrandsAction(target: { localAuthorityGss: string; wave: TrailblazerWave }, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = submittedValues(formData);
  const posted = formDataToObject(formData);
  const decisions = ZStrandDecisions.safeParse(posted);
  const feedback = ZFeedback.safeParse(posted);
  if (!decisions.success || !feedback.success) {
    return { status: "invalid", fieldErrors: { ...(decisions.error ? fieldErrorsFrom(decisions.error) : {}), ...(feedback.error ? fieldErrorsFrom(feedback.error) : {}) }, values };
  }
  const input = Object.fromEntries(
    (Object.entries(decisions.data.decisions) as [TrailblazerStrand, StrandDecisionInput["decision"]][]).map(([strand, decision]) => [strand, { decision, feedback: feedback.data.feedback[strand] || undefined }]),
  );
  if (Object.keys(input).length === 0) return { status: "invalid", fieldErrors: { form: "Select a decision for at least one strand" }, values };
  const { db } = await getDatabase();
  try {
    await decideStrands({ db, actor, localAuthorityGss: target.localAuthorityGss, wave: target.wave, decisions: input });
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT" && Array.isArray(error.details)) {
      const refusals = error.details as DecisionRefusal[];
      return { status: "invalid", fieldErrors: Object.fromEntries(refusals.map((r) => [fieldName("decisions", r.strand), r.message])), values, message: "Nothing was recorded" };
    }
    throw error;
  }
  revalidatePath(pathFor(target.localAuthorityGss));
  revalidatePath("/trailblazers");
  return { status: "saved", message: `Wave ${target.wave} decisions recorded`, values };
}

const ZCohortChange = z.object({
  change: z.string().regex(/^E\d{8}\|(eif|super-evaluator|research)\|(add|remove)$/, "Choose a change"),
});

/** One form, one button per change ("gss|cohort|add"): the refusal shows in the page's error summary. */
export async function cohortAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = ZCohortChange.safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: "invalid", fieldErrors: { form: "Choose a change" }, values: {} };
  const [gss = "", cohort, verb] = parsed.data.change.split("|");
  const { db } = await getDatabase();
  try {
    const { warning } = await setCohortMembership({ db, actor, localAuthorityGss: gss, cohort: cohort as CohortKey, member: verb === "add" });
    revalidatePath("/cohorts");
    const label = COHORTS[cohort as CohortKey].label.toLowerCase();
    return { status: "saved", message: `${verb === "add" ? "Added to" : "Removed from"} ${label}${warning ? `. ${warning}` : ""}` };
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") return { status: "invalid", fieldErrors: { [`cohort-${gss}-${cohort}`]: error.message }, values: {} };
    throw error;
  }
}
