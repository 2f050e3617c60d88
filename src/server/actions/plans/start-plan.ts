"use server";

import { redirect } from "next/navigation";
import { requireActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { planKindServer, PLAN_PERIOD_KEY } from "@/server/plans/plan-kind";
import { startSubmission } from "@/server/submissions/start-submission";

export async function startPlanAction(localAuthorityGss: string): Promise<void> {
  const actor = await requireActor();
  const { db } = await getDatabase();
  await startSubmission({ db, actor, kindServer: planKindServer, localAuthorityGss, periodKey: PLAN_PERIOD_KEY });
  redirect(`/local-authorities/${encodeURIComponent(localAuthorityGss)}/plan`);
}
