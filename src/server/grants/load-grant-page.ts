import "server-only";
import { notFound } from "next/navigation";
import { can } from "@/domain/permissions";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { loadTaskList } from "@/server/submissions/load-task-list";
import { findLatestRevision } from "@/server/submissions/load-submission";
import { grantContextFor, grantKindServer } from "./grant-kind";
import { grantPeriodById, grantPeriodLabel } from "./grant-statements";

/** Everything a statement page needs, loaded once per request: the LA (or 404), the period, its allocations and the latest revision. */
export async function loadGrantPage(gssCode: string, periodId: string) {
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, gssCode);
  const period = grantPeriodById(periodId);
  if (!period) notFound();
  const { db } = await getDatabase();
  const [submission, context] = await Promise.all([
    findLatestRevision({ db, actor, kind: "GRANT_STATEMENT", localAuthorityGss: la.gssCode, periodKey: period.id }),
    grantContextFor(db, la.gssCode, period.id),
  ]);
  const resource = { localAuthorityGss: la.gssCode, region: la.region };
  const permissions = { edit: can(actor, "grant.edit", resource), signOff: can(actor, "grant.signOff", resource), review: can(actor, "grant.review", resource) };
  const label = grantPeriodLabel(period);
  const base = { actor, db, la, period, label, context, permissions } as const;
  if (!submission) return { ...base, submission: null } as const;

  const sections = grantKindServer.definition.sections;
  const taskList = await loadTaskList(db, submission, sections);
  return {
    ...base,
    submission,
    sections,
    ...taskList,
    editable: submission.status === "DRAFT" && permissions.edit,
  } as const;
}

export type GrantPage = Awaited<ReturnType<typeof loadGrantPage>>;
