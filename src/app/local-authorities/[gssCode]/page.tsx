import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { can } from "@/domain/permissions";
import { ROLE_LABELS } from "@/domain/roles";
import { requireActor, requireLocalAuthority } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { CohortTags } from "../cohort-tags";
import { AllocationsSection, SignUpStatus } from "./allocations-section";
import { ToDoList } from "./to-do-list";

type Params = { params: Promise<{ gssCode: string }> };

function recordLinks(gssCode: string, may: { manageTokens: boolean; manageDeputies: boolean }) {
  const base = `/local-authorities/${gssCode}`;
  return [
    { href: `${base}/sign-up`, text: "Programme sign-up" },
    { href: `${base}/plan`, text: "Delivery plan" },
    { href: `${base}/returns`, text: "Quarterly delivery returns" },
    { href: `${base}/grant-statements`, text: "Statements of grant usage" },
    { href: `${base}/insights`, text: "Insights: your figures beside your region's" },
    ...(may.manageTokens ? [{ href: `${base}/api-tokens`, text: "API tokens for your systems" }] : []),
    ...(may.manageDeputies ? [{ href: `${base}/sign-off-deputies`, text: "People who can sign on your behalf" }] : []),
  ];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, (await params).gssCode);
  return { title: la.name };
}

export default async function LocalAuthorityHome({ params }: Params) {
  const actor = await requireActor();
  const la = await requireLocalAuthority(actor, (await params).gssCode);
  const { db } = await getDatabase();
  const team = await db.user.findMany({
    where: { localAuthorityGss: la.gssCode, deactivatedAt: null },
    select: { id: true, name: true, email: true, role: true },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
  const showBreadcrumbs = can(actor, "la.list");

  return (
    <>
      {showBreadcrumbs && <Breadcrumbs items={[{ text: "Local authorities", href: "/local-authorities" }, { text: la.name }]} />}
      <main id="main-content" tabIndex={-1} className={showBreadcrumbs ? "govuk-main-wrapper" : "govuk-main-wrapper govuk-main-wrapper-l"}>
        <PageHeading caption={la.region}>{la.name}</PageHeading>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ToDoList gssCode={la.gssCode} />
            <SummaryList
              rows={[
                { key: "GSS code", value: la.gssCode },
                { key: "Region", value: la.region },
                { key: "Cohorts", value: <CohortTags authority={la} empty="Not in any additional cohort" /> },
              ]}
            />
            <SignUpStatus localAuthorityGss={la.gssCode} />
            <AllocationsSection localAuthorityGss={la.gssCode} />
            <h2 className="govuk-heading-m">Your team</h2>
            {team.length === 0 ? (
              <p>No one from this local authority has an account yet.</p>
            ) : (
              <Table
                caption="People with an account for this local authority"
                captionVisuallyHidden
                head={["Name", "Role", "Email"]}
                rowKeys={team.map((u) => u.id)}
                rows={team.map((u) => [u.name, ROLE_LABELS[u.role], u.email])}
              />
            )}
          </div>
          <nav className="govuk-grid-column-one-third" aria-labelledby="records-heading">
            <h2 id="records-heading" className="govuk-heading-m">Records</h2>
            <ul className="govuk-list">
              {recordLinks(la.gssCode, {
                manageTokens: can(actor, "apiTokens.manage", { localAuthorityGss: la.gssCode, region: la.region }),
                manageDeputies: can(actor, "deputies.manage", { localAuthorityGss: la.gssCode, region: la.region }),
              }).map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>{link.text}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </main>
    </>
  );
}
