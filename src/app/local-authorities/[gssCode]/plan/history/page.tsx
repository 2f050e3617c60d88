import type { Metadata } from "next";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { HistoryList } from "@/components/submission/history-list";
import { planDefinition } from "@/domain/plan/definition";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { planPath } from "@/server/plans/load-plan-page";
import { PLAN_PERIOD_KEY } from "@/server/plans/plan-kind";
import { loadHistory } from "@/server/submissions/load-history";

export const metadata: Metadata = { title: "History of the delivery plan" };

export default async function PlanHistoryPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, (await params).gssCode);
  const { db } = await getDatabase();
  const history = await loadHistory({ db, actor, kind: "PLAN", localAuthorityGss: la.gssCode, periodKey: PLAN_PERIOD_KEY });
  const sectionTitle = (key: string) => planDefinition.sections.find((s) => s.key === key)?.title ?? key;
  return (
    <>
      <BackLink href={planPath(la.gssCode)}>Back to the delivery plan</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={la.name}>History of the delivery plan</PageHeading>
        {history.revisions.length === 0 ? <p>The plan has not been started.</p> : <HistoryList revisions={history.revisions} nameOf={history.nameOf} sectionTitle={sectionTitle} />}
      </main>
    </>
  );
}
