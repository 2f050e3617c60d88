import type { Metadata } from "next";
import { z } from "zod";
import { Details } from "@/components/details";
import { InsetText } from "@/components/inset-text";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatDateTime } from "@/domain/dates";
import { requireActor, requirePermission } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { loadOutbox } from "@/server/jobs/load-outbox";

export const metadata: Metadata = { title: "Outbox" };

const ZOutboxQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1) });

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  requirePermission(actor, "outbox.view");
  const { page } = ZOutboxQuery.parse(await searchParams);
  const { db } = await getDatabase();
  const { total, emails, totalPages, smtpConfigured } = await loadOutbox({ db, actor, page });
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading caption="Administration">Outbox</PageHeading>
      <p className="govuk-body">Every email the portal sends is recorded here first: invitations, reminders before a return is due and chasers after it.</p>
      <InsetText>
        {smtpConfigured
          ? "Emails are sent through the configured mail server. An email that could not be sent shows the error."
          : "No mail server is configured (SMTP_URL), so emails are not sent. Copy them from here to send them yourself."}
      </InsetText>
      <p role="status" className="govuk-body">{total === 1 ? "1 email" : `${total} emails`}, newest first.</p>
      {emails.length > 0 && (
        <Table
          caption="Emails"
          captionVisuallyHidden
          head={["To", "Subject and message", "Created", "Status"]}
          rowKeys={emails.map((e) => e.id)}
          rows={emails.map((e) => [
            <span key="to" className="break-all">{e.to}</span>,
            <Details key="body" summary={e.subject}>
              <p className="whitespace-pre-line">{e.body}</p>
            </Details>,
            formatDateTime(e.createdAt),
            e.error ? (
              <span key="status">
                <Tag colour="red">Not sent</Tag> <span className="block">{e.error}</span>
              </span>
            ) : e.sentAt ? (
              <span key="status">
                <Tag colour="green">Sent</Tag> <span className="block">{formatDateTime(e.sentAt)}</span>
              </span>
            ) : (
              <Tag key="status" colour="grey">In outbox</Tag>
            ),
          ])}
        />
      )}
      {totalPages > 1 && <Pagination currentPage={Math.min(page, totalPages)} totalPages={totalPages} hrefForPage={(p) => `/admin/outbox?page=${p}`} landmarkLabel="Outbox pages" />}
    </main>
  );
}
