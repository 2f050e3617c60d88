import "server-only";
import { can } from "@/domain/permissions";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { findLatestRevision } from "@/server/submissions/load-submission";
import { loadTaskList } from "@/server/submissions/load-task-list";
import { planKindServer, PLAN_PERIOD_KEY } from "./plan-kind";

/** Everything a plan page needs, loaded once per request: the LA (or 404), the latest revision and its derived state. */
export async function loadPlanPage(gssCode: string) {
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, gssCode);
  const { db } = await getDatabase();
  const submission = await findLatestRevision({ db, actor, kind: "PLAN", localAuthorityGss: la.gssCode, periodKey: PLAN_PERIOD_KEY });
  const resource = { localAuthorityGss: la.gssCode, region: la.region };
  const permissions = {
    edit: can(actor, "plan.edit", resource),
    sendForSignOff: can(actor, "plan.sendForSignOff", resource),
    review: can(actor, "plan.review", resource),
  };
  if (!submission) return { actor, db, la, submission: null, permissions } as const;

  const context = await planKindServer.loadContext(db, submission);
  const sections = planKindServer.definition.sections.filter((s) => !s.appliesTo || s.appliesTo(context as never));
  const taskList = await loadTaskList(db, submission, sections);
  return {
    actor,
    db,
    la,
    submission,
    permissions,
    context,
    sections,
    ...taskList,
    editable: submission.status === "DRAFT" && permissions.edit,
  } as const;
}

export function planPath(gssCode: string, ...rest: string[]): string {
  return ["", "local-authorities", gssCode, "plan", ...rest].join("/");
}
