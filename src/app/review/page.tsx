import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { PageHeading } from "@/components/page-heading";
import { Select } from "@/components/select";
import { Table } from "@/components/table";
import { formatDateTime } from "@/domain/dates";
import { REGIONS } from "@/domain/roles";
import { KIND_LABELS } from "@/domain/submissions/workflow";
import { ZReviewFilters } from "@/schemas/review-filters";
import { requireActor, requirePermission } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { loadReviewQueue } from "@/server/review/load-review-queue";

export const metadata: Metadata = { title: "Waiting for review" };

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  requirePermission(actor, "dashboard.view");
  const filters = ZReviewFilters.parse(await searchParams);
  const { db } = await getDatabase();
  const queue = await loadReviewQueue({ db, actor, ...filters });
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading>Waiting for review</PageHeading>
      <form method="get" action="/review" className="mb-6 flex flex-wrap items-end gap-x-6" aria-label="Filter the queue">
        <Select id="kind" name="kind" label="What" defaultValue={filters.kind ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "Everything" }, ...Object.entries(KIND_LABELS).map(([value, text]) => ({ value, text }))]} />
        <Select id="region" name="region" label="Region" defaultValue={filters.region ?? ""} formGroupClassName="mb-4" options={[{ value: "", text: "All regions" }, ...REGIONS.map((r) => ({ value: r, text: r }))]} />
        <div className="mb-4">
          <Button variant="secondary">Apply filters</Button>
        </div>
      </form>
      <p role="status">{queue.length === 1 ? "1 item is waiting for a decision" : `${queue.length} items are waiting for a decision`}, oldest first.</p>
      {queue.length > 0 && (
        <Table
          caption="Waiting for a decision"
          captionVisuallyHidden
          head={["Local authority", "What", "Revision", "Submitted"]}
          rowKeys={queue.map((q) => q.id)}
          rows={queue.map((q) => [
            <Link key="la" href={`/review/${q.id}`}>
              {q.localAuthority.name}
            </Link>,
            `${KIND_LABELS[q.kind]}${q.kind === "DELIVERY_RETURN" || q.kind === "GRANT_STATEMENT" ? ` ${q.periodKey}` : ""}`,
            String(q.revision),
            q.submittedAt ? formatDateTime(q.submittedAt) : "",
          ])}
        />
      )}
    </main>
  );
}
