import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/domain/permissions";
import { loadProgrammeStatus } from "@/server/dashboard/load-programme-status";
import { loadTrajectory } from "@/server/dashboard/load-trajectory";
import { insertSyntheticRecords } from "@/server/dashboard/synthetic-dataset";
import { createLocalAuthority, createUser } from "../support/fixtures";
import { QueryCounter } from "../support/query-counter";
import { useTestDatabase } from "../support/use-test-database";

// The dashboard must stay fast as the programme grows to every upper-tier LA: the number of database queries per
// request must not grow with the number of LAs (issue 6, "Scale"). Counted at the driver, so relation loads count.

const counter = new QueryCounter();
const { db } = useTestDatabase({ counter });
let reviewer: Actor;
let adviser: Actor;
const now = new Date("2024-01-20T12:00:00Z");

async function addAuthorities(count: number, region = "North East") {
  const created = [];
  for (let i = 0; i < count; i++) created.push(await createLocalAuthority(db, { region, isTrailblazer: i % 4 === 0 }));
  await insertSyntheticRecords({ db, authorities: created, asOf: "2024-01-20", reviewerId: reviewer.id });
  return created;
}

beforeAll(async () => {
  reviewer = await createUser(db, "DEPARTMENT_REVIEWER");
  adviser = await createUser(db, "REGIONAL_ADVISER", { region: "North East" });
});

describe("queries per dashboard request", () => {
  it("are the same for 3 LAs as for 30", async () => {
    await addAuthorities(3);
    const dashboard3 = await counter.queriesFor(() => loadProgrammeStatus({ db, actor: reviewer, filters: {}, now }));
    const trajectory3 = await counter.queriesFor(() => loadTrajectory({ db, actor: reviewer, now }));
    const regional3 = await counter.queriesFor(() => loadProgrammeStatus({ db, actor: adviser, filters: {}, now }));
    const status3 = await loadProgrammeStatus({ db, actor: reviewer, filters: {}, now });
    expect(status3.rows).toHaveLength(3);

    await addAuthorities(27);
    const dashboard30 = await counter.queriesFor(() => loadProgrammeStatus({ db, actor: reviewer, filters: {}, now }));
    const trajectory30 = await counter.queriesFor(() => loadTrajectory({ db, actor: reviewer, now }));
    const regional30 = await counter.queriesFor(() => loadProgrammeStatus({ db, actor: adviser, filters: {}, now }));
    const status30 = await loadProgrammeStatus({ db, actor: reviewer, filters: {}, now });
    expect(status30.rows).toHaveLength(30);

    expect(dashboard30).toBe(dashboard3);
    expect(trajectory30).toBe(trajectory3);
    expect(regional30).toBe(regional3);
    // The LAs, their extensions, the stamp and their submissions' states; then, on the same data, all but the last.
    expect(dashboard30).toBe(4);
    expect(await counter.queriesFor(() => loadProgrammeStatus({ db, actor: reviewer, filters: {}, now }))).toBe(3);
    // The LAs, the stamp, the revisions' states, the chosen sections; then, on the same data, the LAs and the stamp.
    expect(trajectory30).toBe(4);
    expect(await counter.queriesFor(() => loadTrajectory({ db, actor: reviewer, now }))).toBe(2);
  });

  it("recomputes the dashboard and trajectory when a submission changes", async () => {
    const before = await loadTrajectory({ db, actor: reviewer, now });
    const latest = await db.submission.findFirstOrThrow({ where: { kind: "DELIVERY_RETURN", status: "APPROVED" }, orderBy: { periodKey: "desc" }, select: { id: true } });
    await db.submission.update({ where: { id: latest.id }, data: { status: "RETURNED" } });
    const after = await loadTrajectory({ db, actor: reviewer, now });
    expect(after).not.toBe(before);
    const status = await loadProgrammeStatus({ db, actor: reviewer, filters: {}, now });
    expect(status.rows.some((r) => r.returns.some((c) => c.state === "returned"))).toBe(true);
    await db.submission.update({ where: { id: latest.id }, data: { status: "APPROVED" } });
  });

  it("counts what the trajectory reads for every LA", async () => {
    const { trajectory } = await loadTrajectory({ db, actor: reviewer, now });
    expect(trajectory.nation.authorities).toBe(30);
    expect(trajectory.nation.withPlan).toBe(30);
    expect(trajectory.nation.withReturn).toBeGreaterThan(0);
    expect(trajectory.nation.milestones.total).toBeGreaterThan(0);
  });
});
