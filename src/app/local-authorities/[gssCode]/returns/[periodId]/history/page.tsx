import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { periodById } from "@/catalogue/calendar";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { HistoryList } from "@/components/submission/history-list";
import { deliveryReturnDefinition } from "@/domain/return/definition";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { returnPath } from "@/server/returns/return-paths";
import { loadHistory } from "@/server/submissions/load-history";

export const metadata: Metadata = { title: "History of the delivery return" };

export default async function ReturnHistoryPage({ params }: { params: Promise<{ gssCode: string; periodId: string }> }) {
  const { gssCode, periodId } = await params;
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, gssCode);
  const period = periodById(periodId);
  if (!period) notFound();
  const { db } = await getDatabase();
  const history = await loadHistory({ db, actor, kind: "DELIVERY_RETURN", localAuthorityGss: la.gssCode, periodKey: period.id });
  const sectionTitle = (key: string) => deliveryReturnDefinition.sections.find((s) => s.key === key)?.title ?? key;
  return (
    <>
      <BackLink href={returnPath(la.gssCode, period.id)}>Back to the delivery return</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={`${la.name} – ${period.label}`}>History of the delivery return</PageHeading>
        {history.revisions.length === 0 ? <p>The return has not been started.</p> : <HistoryList revisions={history.revisions} nameOf={history.nameOf} sectionTitle={sectionTitle} />}
      </main>
    </>
  );
}
