import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { TRAILBLAZERS, type TrailblazerWave } from "@/catalogue/cohorts";
import { getStrand } from "@/catalogue/lookup";
import { decisionIn, filledInWave, wave2Pool, waveTwoPlacesLeft, type ApplicationState } from "@/domain/selection/rules";
import { requireActor, requirePermission } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { loadSelectionState } from "@/server/selection/load-selection-state";
import { receiveTrailblazerApplications } from "@/server/selection/receive-applications";

export const metadata: Metadata = { title: "Trailblazer applications" };

const DECISION_TAGS = { selected: <Tag colour="green">Selected</Tag>, "not-selected": <Tag colour="red">Not selected</Tag>, pending: <Tag colour="grey">Pending</Tag> } as const;

function decisionsCell(application: ApplicationState, wave: TrailblazerWave) {
  return (
    <ul className="govuk-list">
      {application.strandsAppliedFor.map((s) => (
        <li key={s}>
          {getStrand(s).name}: {DECISION_TAGS[decisionIn(application, s, wave)]}
        </li>
      ))}
    </ul>
  );
}

export default async function TrailblazerQueuePage() {
  const actor = await requireActor();
  requirePermission(actor, "signup.review");
  const { db } = await getDatabase();
  await receiveTrailblazerApplications(db);
  const state = await loadSelectionState(db);
  const scores = await db.trailblazerScore.groupBy({ by: ["localAuthorityGss", "reviewerId"], _sum: { score: true } });
  const scoreText = (gss: string) => {
    const totals = scores.filter((s) => s.localAuthorityGss === gss).map((s) => s._sum.score ?? 0);
    return totals.length ? `${(totals.reduce((a, b) => a + b, 0) / totals.length).toFixed(1)} of 16 (${totals.length} ${totals.length === 1 ? "reviewer" : "reviewers"})` : "Not scored";
  };
  const name = (gss: string) => state.laNames?.[gss] ?? gss;
  const waveOne = state.applications.filter((a) => a.wave === 1);
  const waveTwo = wave2Pool(state);
  const filledOne = filledInWave(state, 1);
  const table = (caption: string, applications: readonly ApplicationState[], wave: TrailblazerWave) => (
    <Table
      caption={caption}
      captionSize="m"
      head={["Local authority", "Decisions", "Average score"]}
      rowKeys={applications.map((a) => a.laGss)}
      rows={applications.map((a) => [
        <Link key="la" href={`/trailblazers/${a.laGss}`}>
          {name(a.laGss)}
          {wave === 2 && a.wave === 1 ? <span className="block govuk-font-16">Reconsidered from wave 1</span> : null}
        </Link>,
        decisionsCell(a, wave),
        scoreText(a.laGss),
      ])}
    />
  );

  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading>Trailblazer applications</PageHeading>
      <SummaryList
        rows={[
          { key: "Wave 1 places", value: `${filledOne} of ${TRAILBLAZERS.waves[0].places} filled, ${TRAILBLAZERS.waves[0].places - filledOne} left` },
          { key: "Wave 2 places", value: `${filledInWave(state, 2)} filled, ${waveTwoPlacesLeft(state)} left (7 plus any wave 1 left unfilled)` },
          { key: "Trailblazers in total", value: `${filledOne + filledInWave(state, 2)} of ${TRAILBLAZERS.maxPlaces}` },
        ]}
      />
      {waveOne.length === 0 ? <p>No wave 1 applications.</p> : table(`Wave 1: ${waveOne.length} ${waveOne.length === 1 ? "application" : "applications"}`, waveOne, 1)}
      {waveTwo.length === 0 ? <p>No wave 2 applications yet.</p> : table(`Wave 2: ${waveTwo.length} ${waveTwo.length === 1 ? "application" : "applications"}`, waveTwo, 2)}
    </main>
  );
}
