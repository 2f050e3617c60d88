import "server-only";
import type { IsoDate } from "@/catalogue/types";
import { chooseTrajectorySubmissions, readPlanExpectations, readReturnSections } from "@/domain/dashboard/trajectory-input";
import { londonDate } from "@/domain/dates";
import { computeTrajectory, type Trajectory, type TrajectoryAuthority } from "@/domain/trajectory";
import type { TLocalAuthorityFilters } from "@/schemas/local-authority-filters";
import { authorise, type Actor } from "@/server/authorise";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { listLocalAuthorities } from "@/server/local-authorities/list-local-authorities";
import { StampedCache, submissionStamp } from "./submission-stamp";

// The trajectory on a date in a fixed number of queries whatever the number of LAs: the LAs in scope and a stamp of
// the plans' and returns' state (submission-stamp.ts), then, unless the same trajectory was computed on the same
// stamp, the status and dates of their revisions (to choose, per LA, the plan approved and the return submitted by
// the date) and only the chosen revisions' three sections. The sections are most of the cost (about 2.5 MB of JSON
// for 153 LAs), hence the cache: a sent plan's or return's sections never change (only drafts are editable), and
// every transition or new revision changes the stamp, so a cached trajectory is never stale.

const PLAN_SECTION = "minimum-expectations";
const RETURN_SECTIONS = ["minimum-expectations", "milestones"];

export interface LoadedTrajectory {
  asOf: IsoDate;
  trajectory: Trajectory;
  authorities: { gssCode: string; name: string; region: string }[];
}

export async function loadTrajectory({
  db,
  actor,
  asOf,
  filters = {},
  now = programmeNow(),
}: {
  db: Db;
  actor: Actor;
  asOf?: IsoDate;
  filters?: TLocalAuthorityFilters;
  now?: Date;
}): Promise<LoadedTrajectory> {
  authorise(actor, "dashboard.view");
  const date = asOf ?? (londonDate(now) as IsoDate);
  const authorities = await listLocalAuthorities({ db, actor, filters });
  const gssCodes = authorities.map((a) => a.gssCode);
  const cacheKey = `${date}|${await submissionStamp(db, gssCodes, ["PLAN", "DELIVERY_RETURN"])}|${JSON.stringify(authorities)}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const loaded = await compute(db, date, authorities);
  cache.set(cacheKey, loaded);
  return loaded;
}

type Authorities = Awaited<ReturnType<typeof listLocalAuthorities>>;

const cache = new StampedCache<LoadedTrajectory>();

async function compute(db: Db, date: IsoDate, authorities: Authorities): Promise<LoadedTrajectory> {
  const submissions = await db.submission.findMany({
    where: { localAuthorityGss: { in: authorities.map((a) => a.gssCode) }, kind: { in: ["PLAN", "DELIVERY_RETURN"] }, status: { in: ["SUBMITTED", "APPROVED"] } },
    select: { id: true, kind: true, localAuthorityGss: true, periodKey: true, revision: true, status: true, submittedAt: true, decidedAt: true },
  });
  const { plans, returns } = chooseTrajectorySubmissions(submissions, date);
  const sections = await db.submissionSection.findMany({
    where: {
      OR: [
        { submissionId: { in: [...plans.values()].map((s) => s.id) }, key: PLAN_SECTION },
        { submissionId: { in: [...returns.values()].map((s) => s.id) }, key: { in: RETURN_SECTIONS } },
      ],
    },
    select: { submissionId: true, key: true, data: true },
  });
  const sectionData = new Map(sections.map((s) => [`${s.submissionId}:${s.key}`, s.data]));

  const inputs = authorities.map((la): TrajectoryAuthority => {
    const plan = plans.get(la.gssCode);
    const ret = returns.get(la.gssCode);
    return {
      gssCode: la.gssCode,
      region: la.region,
      plan: plan ? readPlanExpectations(sectionData.get(`${plan.id}:${PLAN_SECTION}`)) : undefined,
      latestReturn: ret ? readReturnSections(ret.periodKey, sectionData.get(`${ret.id}:minimum-expectations`), sectionData.get(`${ret.id}:milestones`)) : undefined,
    };
  });
  return {
    asOf: date,
    trajectory: computeTrajectory({ asOf: date, authorities: inputs }),
    authorities: authorities.map(({ gssCode, name, region }) => ({ gssCode, name, region })),
  };
}
