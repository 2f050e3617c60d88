import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageHeading } from "@/components/page-heading";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { SubmissionStatusTag } from "@/components/submission/status-tag";
import { formatDate } from "@/domain/dates";
import { daysText, isLate, type DeadlineState } from "@/domain/return/periods";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { loadReturnPeriods } from "@/server/returns/return-periods";
import { returnPath } from "@/server/returns/return-paths";

export const metadata: Metadata = { title: "Delivery returns" };

const STATE_TAG: Record<DeadlineState, { text: string; colour: "grey" | "blue" | "red" | "purple" }> = {
  "not-yet-open": { text: "Not open yet", colour: "grey" },
  open: { text: "Open", colour: "blue" },
  overdue: { text: "Overdue", colour: "red" },
  locked: { text: "Closed", colour: "purple" },
};

export default async function ReturnsIndexPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, (await params).gssCode);
  const { db } = await getDatabase();
  const [{ planApprovedOn, periods }, submissions] = await Promise.all([
    loadReturnPeriods({ db, localAuthorityGss: la.gssCode }),
    db.submission.findMany({
      where: { localAuthorityGss: la.gssCode, kind: "DELIVERY_RETURN" },
      select: { periodKey: true, revision: true, status: true, submittedAt: true },
      orderBy: { revision: "asc" },
    }),
  ]);
  const latest = new Map(submissions.map((s) => [s.periodKey, s]));
  const firstSubmitted = new Map<string, Date>();
  for (const s of submissions) if (s.submittedAt && !firstSubmitted.has(s.periodKey)) firstSubmitted.set(s.periodKey, s.submittedAt);

  return (
    <>
      <Breadcrumbs items={[{ text: la.name, href: `/local-authorities/${la.gssCode}` }, { text: "Delivery returns" }]} />
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={la.name}>Delivery returns</PageHeading>
        {!planApprovedOn ? (
          <p>
            Quarterly delivery returns start once the programme team has approved your <Link href={`/local-authorities/${la.gssCode}/plan`}>delivery plan</Link>.
          </p>
        ) : (
          <>
            <p>Each quarter you report progress against your approved delivery plan, with your management information. Your plan was approved on {formatDate(planApprovedOn)}.</p>
            <Table
              caption="Your delivery returns"
              captionVisuallyHidden
              head={["Return", "Covers", "Due", "Deadline", "Status"]}
              rowKeys={periods.map((p) => p.period.id)}
              rows={periods.map((p) => {
                const s = latest.get(p.period.id);
                const submittedAt = firstSubmitted.get(p.period.id);
                return [
                  <Link key="link" href={returnPath(la.gssCode, p.period.id)}>
                    {p.period.label}
                  </Link>,
                  `${formatDate(p.period.covers.from)} to ${formatDate(p.period.covers.to)}`,
                  <>
                    {formatDate(p.due)}
                    {p.extended && <span className="block govuk-font-16">Extended</span>}
                  </>,
                  s && (s.status === "SUBMITTED" || s.status === "APPROVED") ? "" : <Tag colour={STATE_TAG[p.state].colour}>{`${STATE_TAG[p.state].text}${p.state === "open" || p.state === "overdue" ? `: ${daysText(p)}` : ""}`}</Tag>,
                  <>
                    {s ? <SubmissionStatusTag status={s.status} /> : <Tag colour="grey">Not started</Tag>}
                    {submittedAt && isLate(submittedAt, p.due) && (
                      <>
                        {" "}
                        <Tag colour="orange">Submitted late</Tag>
                      </>
                    )}
                  </>,
                ];
              })}
            />
          </>
        )}
      </main>
    </>
  );
}
