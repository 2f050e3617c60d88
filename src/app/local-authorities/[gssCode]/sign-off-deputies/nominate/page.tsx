import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { nominateDeputyAction } from "@/server/actions/deputies/deputy-actions";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { deputiesPath, loadDeputies } from "@/server/deputies/manage-deputies";
import { NominateDeputyForm } from "./nominate-deputy-form";

export const metadata: Metadata = { title: "Who else can sign on your behalf?" };

export default async function NominateDeputyPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, (await params).gssCode, "deputies.manage");
  const { db } = await getDatabase();
  const { candidates } = await loadDeputies({ db, actor, localAuthorityGss: la.gssCode });
  const back = deputiesPath(la.gssCode);
  if (candidates.length === 0) redirect(back);
  return (
    <>
      <BackLink href={back}>Back to people who can sign on your behalf</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <NominateDeputyForm action={nominateDeputyAction.bind(null, la.gssCode)} candidates={candidates} caption={la.name} />
          </div>
        </div>
      </main>
    </>
  );
}
