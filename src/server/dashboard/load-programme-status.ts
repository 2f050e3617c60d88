import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { IsoDate } from "@/catalogue/types";
import { buildProgrammeStatus, type DashboardSubmission, type ProgrammeStatus } from "@/domain/dashboard/programme-status";
import { londonDate } from "@/domain/dates";
import type { TLocalAuthorityFilters } from "@/schemas/local-authority-filters";
import { authorise, type Actor } from "@/server/authorise";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { listLocalAuthorities } from "@/server/local-authorities/list-local-authorities";
import { StampedCache, submissionStamp } from "./submission-stamp";

// The programme dashboard's data in a fixed number of queries whatever the number of LAs
// (tests/integration/dashboard-queries): the LAs in the actor's scope with the filters, their deadline extensions,
// a stamp of their submissions (submission-stamp.ts) and, unless the same LAs' revisions were read on the same
// stamp, every revision of their plans, returns and statements (status and dates only, never the documents).
// The revisions are most of the cost (about 2,200 rows for 153 LAs); the states are worked out on every request,
// as they depend on the date.

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

const cache = new StampedCache<DashboardSubmission[]>();

export async function loadProgrammeStatus({ db, actor, filters, now = programmeNow() }: { db: Db; actor: Actor; filters: TLocalAuthorityFilters; now?: Date }): Promise<ProgrammeStatus> {
  authorise(actor, "dashboard.view");
  const authorities = await listLocalAuthorities({ db, actor, filters });
  const gssCodes = authorities.map((a) => a.gssCode);
  const [stamp, extensions] = await Promise.all([
    submissionStamp(db, gssCodes, DASHBOARD_KINDS),
    db.deadlineExtension.findMany({
      where: { localAuthorityGss: { in: gssCodes } },
      select: { localAuthorityGss: true, kind: true, periodKey: true, dueDate: true, lockDate: true },
    }),
  ]);
  const key = `${stamp}|${gssCodes.join(",")}`;
  let submissions = cache.get(key);
  if (!submissions) {
    submissions = await db.submission.findMany({ where: { localAuthorityGss: { in: gssCodes }, kind: { in: [...DASHBOARD_KINDS] } }, select: dashboardSubmissionSelect });
    cache.set(key, submissions);
  }
  return buildProgrammeStatus({ today: londonDate(now) as IsoDate, authorities, submissions, extensions });
}
