import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { Details } from "@/components/details";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { Select } from "@/components/select";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatDate, formatDateTime } from "@/domain/dates";
import { REGIONS } from "@/domain/roles";
import { KIND_LABELS } from "@/domain/submissions/workflow";
import { ZReviewFilters, type TReviewFilters } from "@/schemas/review-filters";
import { requireActor, requirePermission } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { loadReviewQueue } from "@/server/review/load-review-queue";

export const metadata: Metadata = { title: "Waiting for review" };

function queueHref(filters: TReviewFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.region) params.set("region", filters.region);
  if (filters.overdue) params.set("overdue", filters.overdue);
  if (filters.versions !== "latest") params.set("versions", filters.versions);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/review?${query}` : "/review";
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  requirePermission(actor, "dashboard.view");
  const filters = ZReviewFilters.parse(await searchParams);
  const { db } = await getDatabase();
  const queue = await loadReviewQueue({ db, actor, ...filters });
  const count = queue.total === 1 ? "1 item" : `${queue.total} items`;
  const statusText = filters.versions === "returned" ? `${count}, including versions returned for changes` : `${count} ${queue.total === 1 ? "is" : "are"} waiting for a decision`;
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading>Waiting for review</PageHeading>
      <form method="get" action="/review" className="mb-6 flex flex-wrap items-end gap-x-6" aria-label="Filter the queue">
        <Select id="kind" name="kind" label="What" defaultValue={filters.kind ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "Everything" }, ...Object.entries(KIND_LABELS).map(([value, text]) => ({ value, text }))]} />
        <Select id="region" name="region" label="Region" defaultValue={filters.region ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "All regions" }, ...REGIONS.map((r) => ({ value: r, text: r }))]} />
        <Select
          id="overdue"
          name="overdue"
          label="Overdue"
          defaultValue={filters.overdue ?? ""}
          formGroupClassName="mb-4"
          options={[
            { value: "", text: "Any" },
            { value: "waiting", text: `Waiting more than ${queue.waitingDays} days` },
            { value: "late", text: "Sent after the due date" },
          ]}
        />
        <Select
          id="versions"
          name="versions"
          label="Versions"
          defaultValue={filters.versions}
          formGroupClassName="mb-4"
          options={[
            { value: "latest", text: "Latest version only" },
            { value: "returned", text: "Include versions returned for changes" },
          ]}
        />
        <div className="mb-4">
          <Button variant="secondary">Apply filters</Button>
        </div>
      </form>
      <p role="status">
        {statusText}, oldest first.
      </p>
      {queue.items.length > 0 && (
        <Table
          caption="Waiting for a decision"
          captionVisuallyHidden
          head={["Local authority", "What", "Revision", "Submitted", "Warnings explained"]}
          rowKeys={queue.items.map((q) => q.id)}
          rows={queue.items.map((q) => [
            <span key="la">
              <Link href={`/review/${q.id}`}>{q.localAuthority.name}</Link>
              <span className="govuk-font-16 block text-govuk-secondary-text">{q.localAuthority.region}</span>
            </span>,
            `${KIND_LABELS[q.kind]}${q.kind === "DELIVERY_RETURN" || q.kind === "GRANT_STATEMENT" ? ` ${q.periodKey}` : ""}`,
            <span key="revision">
              {q.revision}
              {q.status === "RETURNED" && (
                <span className="block">
                  <Tag colour="grey" size="small">
                    Returned
                  </Tag>{" "}
                  {q.isLatest ? "" : `now revision ${q.latestRevision}`}
                </span>
              )}
            </span>,
            <span key="submitted">
              {q.submittedAt ? formatDateTime(q.submittedAt) : ""}
              {q.late && q.due && (
                <span className="block">
                  <Tag colour="red" size="small">
                    Late
                  </Tag>{" "}
                  due {formatDate(q.due)}
                </span>
              )}
              {q.waitingTooLong && (
                <span className="block">
                  <Tag colour="orange" size="small">
                    Waiting {q.daysWaiting} days
                  </Tag>
                </span>
              )}
            </span>,
            q.warnings.length === 0 ? (
              "None"
            ) : (
              <Details key="warnings" summary={`${q.warnings.length} ${q.warnings.length === 1 ? "warning" : "warnings"}`}>
                <ul className="m-0 list-none p-0">
                  {q.warnings.map((w, i) => (
                    <li key={i} className="mb-2">
                      <span className="block">{w.message}</span>
                      <span className="block text-govuk-secondary-text">{w.explanation ? `Explanation: “${w.explanation}”` : "Not explained"}</span>
                    </li>
                  ))}
                </ul>
              </Details>
            ),
          ])}
        />
      )}
      {queue.totalPages > 1 && <Pagination currentPage={queue.page} totalPages={queue.totalPages} hrefForPage={(p) => queueHref(filters, p)} landmarkLabel="Queue pages" />}
    </main>
  );
}
