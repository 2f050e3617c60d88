import type { Metadata } from "next";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { HistoryList } from "@/components/submission/history-list";
import { SIGN_UP_SECTIONS } from "@/domain/sign-up/sections";
import { requireActor } from "@/server/access";
import { loadSignUp, signUpPath } from "@/server/sign-up/load-sign-up";
import { SIGN_UP_PERIOD } from "@/server/sign-up/sign-up-kind";
import { loadHistory } from "@/server/submissions/load-history";

type Params = { params: Promise<{ gssCode: string }> };

export const metadata: Metadata = { title: "History of the sign-up" };

export default async function SignUpHistoryPage({ params }: Params) {
  const actor = await requireActor();
  const { db, la } = await loadSignUp(actor, (await params).gssCode);
  const { revisions, nameOf } = await loadHistory({ db, actor, kind: "SIGN_UP", localAuthorityGss: la.gssCode, periodKey: SIGN_UP_PERIOD });
  return (
    <>
      <BackLink href={signUpPath(la.gssCode)}>Back to the sign-up</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <PageHeading caption={la.name}>History of the sign-up</PageHeading>
        {revisions.length === 0 ? <p>The sign-up has not been started.</p> : <HistoryList revisions={revisions} nameOf={nameOf} sectionTitle={(key) => SIGN_UP_SECTIONS.find((s) => s.key === key)?.title ?? key} />}
      </main>
    </>
  );
}
