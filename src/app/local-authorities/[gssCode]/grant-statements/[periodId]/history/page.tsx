import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { HistoryList } from "@/components/submission/history-list";
import { grantStatementDefinition } from "@/domain/grant/definition";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { grantPath, grantPeriodById, grantPeriodLabel } from "@/server/grants/grant-statements";
import { loadHistory } from "@/server/submissions/load-history";

export const metadata: Metadata = { title: "History of the statement of grant usage" };

export default async function GrantStatementHistoryPage({ params }: { params: Promise<{ gssCode: string; periodId: string }> }) {
  const { gssCode, periodId } = await params;
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, gssCode);
  const period = grantPeriodById(periodId);
  if (!period) notFound();
  const { db } = await getDatabase();
  const history = await loadHistory({ db, actor, kind: "GRANT_STATEMENT", localAuthorityGss: la.gssCode, periodKey: period.id });
  const sectionTitle = (key: string) => grantStatementDefinition.sections.find((s) => s.key === key)?.title ?? key;
  return (
    <>
      <BackLink href={grantPath(la.gssCode, period.id)}>Back to the statement</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={`${la.name} – ${grantPeriodLabel(period)}`}>History of the statement</PageHeading>
        {history.revisions.length === 0 ? <p>The statement has not been started.</p> : <HistoryList revisions={history.revisions} nameOf={history.nameOf} sectionTitle={sectionTitle} />}
      </main>
    </>
  );
}
