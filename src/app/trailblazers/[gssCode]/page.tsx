import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { topUpFor, type TrailblazerStrand, type TrailblazerWave } from "@/catalogue/cohorts";
import { formatPounds } from "@/catalogue/funding";
import { getStrand } from "@/catalogue/lookup";
import { formatDateTime } from "@/domain/dates";
import { decisionIn, isWaveOneDecided, wave2Pool } from "@/domain/selection/rules";
import { SCORE_SCALE } from "@/domain/selection/scoring";
import { fieldName } from "@/schemas/form-data";
import { ZTrailblazerApplication } from "@/schemas/sign-up/trailblazer-application";
import { decideStrandsAction, scoreApplicationAction } from "@/server/actions/selection/selection-actions";
import { requireActor, requirePermission } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { loadSelectionState } from "@/server/selection/load-selection-state";
import { trailblazerRows } from "@/app/local-authorities/[gssCode]/sign-up/sign-up-summary";
import { DecisionForm } from "./decision-form";
import { ScoreForm } from "./score-form";

type Params = { params: Promise<{ gssCode: string }> };

export const metadata: Metadata = { title: "Trailblazer application" };

export default async function TrailblazerApplicationPage({ params }: Params) {
  const actor = await requireActor();
  requirePermission(actor, "signup.review");
  const { gssCode } = await params;
  const { db } = await getDatabase();
  const application = await db.trailblazerApplication.findUnique({
    where: { localAuthorityGss: gssCode },
    select: { localAuthorityGss: true, wave: true, strands: true, application: true, submittedAt: true, scores: { select: { reviewerId: true, criterionId: true, score: true, comment: true } } },
  });
  if (!application) notFound();
  const la = await db.localAuthority.findUniqueOrThrow({ where: { gssCode }, select: { name: true, gssCode: true } });
  const state = await loadSelectionState(db);
  const current = state.applications.find((a) => a.laGss === gssCode);
  if (!current) notFound();
  // An unsuccessful wave-one applicant is decided again in wave two once wave one is over.
  const wave: TrailblazerWave = application.wave === 2 || (isWaveOneDecided(state) && wave2Pool(state).includes(current)) ? 2 : 1;
  const strands = application.strands as TrailblazerStrand[];
  const mine = application.scores.filter((s) => s.reviewerId === actor.id);
  const scoreInitial = Object.fromEntries(mine.flatMap((s) => [[fieldName("criteria", s.criterionId, "score"), String(s.score)], [fieldName("criteria", s.criterionId, "comment"), s.comment]]));
  const decisions = await db.trailblazerDecision.findMany({ where: { localAuthorityGss: gssCode, wave }, select: { strand: true, feedback: true } });
  const decisionInitial = Object.fromEntries(
    strands.flatMap((s) => [
      [fieldName("decisions", s), decisionIn(current, s, wave)],
      [fieldName("feedback", s), decisions.find((d) => d.strand === s)?.feedback ?? ""],
    ]),
  );
  const reviewers = [...new Set(application.scores.map((s) => s.reviewerId))];
  const names = reviewers.length ? await db.user.findMany({ where: { id: { in: reviewers } }, select: { id: true, name: true } }) : [];

  return (
    <>
      <BackLink href="/trailblazers">Back to trailblazer applications</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <PageHeading caption={`Wave ${application.wave} application, submitted ${formatDateTime(application.submittedAt)}`}>{la.name}</PageHeading>
            <h2 className="govuk-heading-m">The application as signed</h2>
            <SummaryList rows={trailblazerRows(ZTrailblazerApplication.safeParse(application.application).data)} />
            {reviewers.length > 0 && (
              <Table
                caption="Scores so far"
                captionSize="m"
                head={["Reviewer", "Total (of 16)"]}
                rowKeys={reviewers}
                rows={reviewers.map((id) => [names.find((n) => n.id === id)?.name ?? "A former user", String(application.scores.filter((s) => s.reviewerId === id).reduce((sum, s) => sum + s.score, 0))])}
              />
            )}
            <h2 className="govuk-heading-m">Your scores</h2>
            <p>Score each criterion from 0 to 4 ({SCORE_SCALE.map((s) => `${s.score} ${s.label.toLowerCase()}`).join(", ")}).</p>
            <ScoreForm action={scoreApplicationAction.bind(null, gssCode)} initial={scoreInitial} />
            <h2 className="govuk-heading-m">Wave {wave} decisions</h2>
            <DecisionForm
              action={decideStrandsAction.bind(null, { localAuthorityGss: gssCode, wave })}
              strands={strands.map((s) => ({ id: s, name: getStrand(s).name, topUp: formatPounds(topUpFor(s)) }))}
              initial={decisionInitial}
            />
          </div>
        </div>
      </main>
    </>
  );
}
