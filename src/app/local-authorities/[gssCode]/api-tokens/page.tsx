import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatDateTime } from "@/domain/dates";
import { createApiTokenAction } from "@/server/actions/api-tokens/api-token-actions";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { listApiTokens } from "@/server/api-tokens/manage-api-tokens";
import { getDatabase } from "@/server/db/database";
import { CreateTokenForm } from "./create-token-form";

export const metadata: Metadata = { title: "API tokens" };

type Props = { params: Promise<{ gssCode: string }>; searchParams: Promise<{ revoked?: string }> };

export default async function ApiTokensPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, (await params).gssCode, "apiTokens.manage");
  const { db } = await getDatabase();
  const tokens = await listApiTokens({ db, actor, localAuthorityGss: la.gssCode });
  const revoked = (await searchParams).revoked === "1";
  return (
    <>
      <Breadcrumbs items={[{ text: la.name, href: `/local-authorities/${la.gssCode}` }, { text: "API tokens" }]} />
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        {revoked && <NotificationBanner variant="success" heading="The token has been revoked" />}
        <PageHeading caption={la.name}>API tokens</PageHeading>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p>
              Your own systems can send the management information of each quarterly return with a token, instead of someone typing it in. They send it to{" "}
              <code className="wrap-break-word">PUT /api/v1/local-authorities/{la.gssCode}/returns/&#123;period&#125;/metrics</code>, where the period looks like 2023-24-Q4,
              with the header <code>Authorization: Bearer &lt;token&gt;</code>.
            </p>
            <p>A token acts for {la.name} only, on your behalf: it stops working if you revoke it or leave your role.</p>
          </div>
        </div>
        {tokens.length === 0 ? (
          <p>You have no API tokens.</p>
        ) : (
          <Table
            caption="Your tokens"
            head={["Name", "Created", "Last used", "Status", { text: <span className="sr-only">Action</span> }]}
            rowKeys={tokens.map((t) => t.id)}
            rows={tokens.map((t) => [
              t.name,
              formatDateTime(t.createdAt),
              t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Never",
              t.revokedAt ? <Tag colour="grey">Revoked</Tag> : <Tag colour="green">Active</Tag>,
              t.revokedAt ? "" : (
                <Link href={`/local-authorities/${la.gssCode}/api-tokens/${t.id}/revoke`}>
                  Revoke<span className="sr-only"> {t.name}</span>
                </Link>
              ),
            ])}
          />
        )}
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <CreateTokenForm action={createApiTokenAction.bind(null, la.gssCode)} />
          </div>
        </div>
      </main>
    </>
  );
}
