import type { Metadata } from "next";
import { PageHeading } from "@/components/page-heading";
import { Table } from "@/components/table";
import { formatDate, formatDateTime } from "@/domain/dates";
import { requireActor, requirePermission } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { ExtendDeadlineForm } from "./extend-deadline-form";

export const metadata: Metadata = { title: "Deadline extensions" };

type Search = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeadlinesPage({ searchParams }: Search) {
  const actor = await requireActor();
  requirePermission(actor, "deadlines.extend");
  const la = (await searchParams).la;
  const { db } = await getDatabase();
  const [authorities, extensions] = await Promise.all([
    db.localAuthority.findMany({ select: { gssCode: true, name: true }, orderBy: { name: "asc" } }),
    db.deadlineExtension.findMany({
      select: { id: true, kind: true, periodKey: true, dueDate: true, reason: true, createdAt: true, localAuthority: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: 200,
    }),
  ]);
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>Extend a deadline</PageHeading>
          <p>Give one local authority a later deadline for one submission. Setting a new date for the same submission replaces the earlier extension.</p>
          <ExtendDeadlineForm authorities={authorities.map((a) => ({ value: a.gssCode, text: a.name }))} initialGss={typeof la === "string" ? la : undefined} />
        </div>
      </div>
      <Table
        caption="Extensions granted"
        captionSize="m"
        head={["Local authority", "For", "New deadline", "Reason", "Granted"]}
        rowKeys={extensions.map((e) => e.id)}
        rows={extensions.map((e) => [e.localAuthority.name, `${e.kind.replaceAll("_", " ").toLowerCase()} (${e.periodKey})`, formatDate(e.dueDate), e.reason, formatDateTime(e.createdAt)])}
      />
    </main>
  );
}
