import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { revokeApiTokenAction } from "@/server/actions/api-tokens/api-token-actions";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { listApiTokens } from "@/server/api-tokens/manage-api-tokens";
import { getDatabase } from "@/server/db/database";
import { RevokeTokenForm } from "./revoke-form";

export const metadata: Metadata = { title: "Revoke an API token" };

export default async function RevokeTokenPage({ params }: { params: Promise<{ gssCode: string; tokenId: string }> }) {
  const { gssCode, tokenId } = await params;
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, gssCode, "apiTokens.manage");
  const { db } = await getDatabase();
  const token = (await listApiTokens({ db, actor, localAuthorityGss: la.gssCode })).find((t) => t.id === tokenId && !t.revokedAt);
  if (!token) notFound();
  const back = `/local-authorities/${la.gssCode}/api-tokens`;
  return (
    <>
      <BackLink href={back}>Back to API tokens</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <PageHeading caption={la.name}>Are you sure you want to revoke “{token.name}”?</PageHeading>
            <p>Any system using it will be refused straight away. This cannot be undone: to reconnect the system, create a new token.</p>
            <RevokeTokenForm action={revokeApiTokenAction.bind(null, { gssCode: la.gssCode, tokenId: token.id })} />
            <p>
              <Link href={back}>No, keep it</Link>
            </p>
          </div>
        </div>
      </main>
    </>
  );
}
