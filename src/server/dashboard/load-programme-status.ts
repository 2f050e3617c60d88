import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { IsoDate } from "@/catalogue/types";
import { buildProgrammeStatus, type ProgrammeStatus } from "@/domain/dashboard/programme-status";
import { londonDate } from "@/domain/dates";
import type { TLocalAuthorityFilters } from "@/schemas/local-authority-filters";
import { authorise, type Actor } from "@/server/access";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { listLocalAuthorities } from "@/server/local-authorities/list-local-authorities";

// The programme dashboard's data in three queries whatever the number of LAs (tests/integration/dashboard-queries):
// the LAs in the actor's scope with the filters, every revision of their plans, returns and statements (status
// and dates only, never the documents), and their deadline extensions.

const DASHBOARD_KINDS = ["PLAN", "DELIVERY_RETURN", "GRANT_STATEMENT"] as const;

export const dashboardSubmissionSelect = {
  kind: true,
  localAuthorityGss: true,
  periodKey: true,
  revision: true,
  status: true,
  submittedAt: true,
  decidedAt: true,
} satisfies Prisma.SubmissionSelect;

export async function loadProgrammeStatus({ db, actor, filters, now = programmeNow() }: { db: Db; actor: Actor; filters: TLocalAuthorityFilters; now?: Date }): Promise<ProgrammeStatus> {
  authorise(actor, "dashboard.view");
  const authorities = await listLocalAuthorities({ db, actor, filters });
  const gssCodes = authorities.map((a) => a.gssCode);
  const [submissions, extensions] = await Promise.all([
    db.submission.findMany({ where: { localAuthorityGss: { in: gssCodes }, kind: { in: [...DASHBOARD_KINDS] } }, select: dashboardSubmissionSelect }),
    db.deadlineExtension.findMany({
      where: { localAuthorityGss: { in: gssCodes } },
      select: { localAuthorityGss: true, kind: true, periodKey: true, dueDate: true, lockDate: true },
    }),
  ]);
  return buildProgrammeStatus({ today: londonDate(now) as IsoDate, authorities, submissions, extensions });
}
