import type { Metadata } from "next";
import { BackLink } from "@/components/back-link";
import { requireActor, requirePermission } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { InviteUserForm } from "./invite-user-form";

export const metadata: Metadata = { title: "Invite a user" };

export default async function InviteUserPage() {
  const actor = await requireActor();
  requirePermission(actor, "users.manage");
  const { db } = await getDatabase();
  const authorities = await db.localAuthority.findMany({ select: { gssCode: true, name: true }, orderBy: { name: "asc" } });
  return (
    <>
      <BackLink href="/admin/users">Back to users</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <InviteUserForm authorities={authorities} />
          </div>
        </div>
      </main>
    </>
  );
}
