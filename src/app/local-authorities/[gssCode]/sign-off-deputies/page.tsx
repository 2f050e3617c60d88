import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatDate, londonDate } from "@/domain/dates";
import { Button } from "@/components/button";
import { removeDeputyAction } from "@/server/actions/deputies/deputy-actions";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { loadDeputies } from "@/server/deputies/manage-deputies";
import { RemoveDeputyForm } from "./remove-deputy-form";

export const metadata: Metadata = { title: "People who can sign on your behalf" };

type Props = { params: Promise<{ gssCode: string }>; searchParams: Promise<{ nominated?: string; removed?: string }> };

export default async function SignOffDeputiesPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, (await params).gssCode, "deputies.manage");
  const { db } = await getDatabase();
  const { deputies, candidates } = await loadDeputies({ db, actor, localAuthorityGss: la.gssCode });
  const { nominated, removed } = await searchParams;
  const justNominated = deputies.find((d) => d.nominationId === nominated);
  return (
    <>
      <Breadcrumbs items={[{ text: la.name, href: `/local-authorities/${la.gssCode}` }, { text: "People who can sign on your behalf" }]} />
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        {justNominated && <NotificationBanner variant="success" heading={`${justNominated.name} can now sign on your behalf`} />}
        {removed === "1" && <NotificationBanner variant="success" heading="The deputy has been removed" />}
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <PageHeading caption={la.name}>People who can sign on your behalf</PageHeading>
            <p>
              While you are away, a deputy you nominate can sign {la.name}’s delivery plan, quarterly delivery returns and programme sign-up. Each signature records that they
              signed on your behalf, and they are told when something is ready to sign.
            </p>
            <p>A deputy cannot sign anything they sent for sign-off themselves. Statements of grant usage are always signed by the finance officer.</p>
            {deputies.length === 0 ? (
              <p>No one can sign on your behalf at the moment.</p>
            ) : (
              <Table
                caption="Your deputies"
                captionSize="m"
                head={["Name", "Role", "Nominated", "Status", { text: <span className="sr-only">Action</span> }]}
                rowKeys={deputies.map((d) => d.nominationId)}
                rows={deputies.map((d) => [
                  <>
                    {d.name}
                    <br />
                    <span className="text-govuk-secondary-text">{d.email}</span>
                  </>,
                  d.roleLabel,
                  `${formatDate(londonDate(d.since))} by ${d.nominatedBy}`,
                  // A nomination stops counting when the deputy or the lead who nominated them leaves.
                  d.canSign ? <Tag colour="green">Can sign</Tag> : <Tag colour="grey">Cannot sign</Tag>,
                  <RemoveDeputyForm key={d.nominationId} id={`remove-${d.nominationId}`} name={d.name} action={removeDeputyAction.bind(null, { gssCode: la.gssCode, nominationId: d.nominationId })} />,
                ])}
              />
            )}
            {candidates.length === 0 ? (
              <p>
                {deputies.length === 0 ? `No one else has an account for ${la.name} yet.` : `Everyone else with an account for ${la.name} is already a deputy.`} An administrator can
                invite more people.
              </p>
            ) : (
              <Button href={`/local-authorities/${la.gssCode}/sign-off-deputies/nominate`} variant="secondary">
                Nominate someone
              </Button>
            )}
          </div>
        </div>
      </main>
    </>
  );
}
