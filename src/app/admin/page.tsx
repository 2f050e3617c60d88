import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { requireActor, requirePermission } from "@/server/access";

export const metadata: Metadata = { title: "Administration" };

const TOOLS = [
  { href: "/admin/users", title: "Users", text: "Invite people to an LA or a department, and see who has an account." },
  { href: "/admin/allocations", title: "Allocations", text: "Record indicative allocations by LA, year and funding line, or import them from a CSV file." },
  { href: "/admin/deadlines", title: "Deadlines", text: "Extend one LA's deadline for a sign-up, return or statement, with the reason." },
  { href: "/cohorts", title: "Cohorts", text: "Mark super-evaluators, research participants and Early Intervention Foundation support." },
  { href: "/admin/outbox", title: "Outbox", text: "Every email the portal has sent or queued, including reminders." },
  { href: "/local-authorities", title: "Local authorities", text: "All 75 eligible LAs, filterable by region and cohort." },
];

export default async function AdministrationPage() {
  const actor = await requireActor();
  requirePermission(actor, "users.manage");
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading>Administration</PageHeading>
      <ul className="govuk-list">
        {TOOLS.map((tool) => (
          <li key={tool.href} className="mb-6">
            <h2 className="govuk-heading-s mb-1">
              <Link href={tool.href}>{tool.title}</Link>
            </h2>
            <p className="mb-0">{tool.text}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
