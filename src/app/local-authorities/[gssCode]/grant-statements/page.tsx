import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageHeading } from "@/components/page-heading";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { SubmissionStatusTag } from "@/components/submission/status-tag";
import { formatDate } from "@/domain/dates";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { grantPath, listGrantStatements } from "@/server/grants/grant-statements";

export const metadata: Metadata = { title: "Statements of grant usage" };

export default async function GrantStatementsPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, (await params).gssCode);
  const { db } = await getDatabase();
  const years = await listGrantStatements({ db, actor, localAuthorityGss: la.gssCode });
  return (
    <>
      <Breadcrumbs items={[{ text: la.name, href: `/local-authorities/${la.gssCode}` }, { text: "Statements of grant usage" }]} />
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={la.name}>Statements of grant usage</PageHeading>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p>
              Each financial year you send an interim statement, with spend so far and a forecast for the rest of the year, and an annual statement of what was spent. Your
              finance officer (the section 151 officer or their delegate) signs each one.
            </p>
          </div>
        </div>
        {years.map(({ financialYear, statements }) => (
          <Table
            key={financialYear.id}
            caption={`${financialYear.from.slice(0, 4)} to ${financialYear.to.slice(0, 4)}`}
            head={["Statement", "Due", "Status"]}
            rowKeys={statements.map((s) => s.period.id)}
            firstCellIsHeader
            rows={statements.map((s) => [
              s.opened || s.status ? <Link href={grantPath(la.gssCode, s.period.id)}>{s.label}</Link> : s.label,
              formatDate(s.period.due),
              s.status ? <SubmissionStatusTag status={s.status} /> : <Tag colour="grey">{s.opened ? "Not started" : `Opens ${formatDate(s.period.opens)}`}</Tag>,
            ])}
          />
        ))}
      </main>
    </>
  );
}
