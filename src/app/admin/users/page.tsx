import type { Metadata } from "next";
import { Button } from "@/components/button";
import { PageHeading } from "@/components/page-heading";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { ROLE_LABELS } from "@/domain/roles";
import { formatDateTime } from "@/domain/dates";
import { requireActor, requirePermission } from "@/server/access";
import { getDatabase } from "@/server/db/database";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActor();
  requirePermission(actor, "users.manage");
  const { db } = await getDatabase();
  const [users, pending] = await Promise.all([
    db.user.findMany({
      select: { id: true, name: true, email: true, role: true, region: true, lockedUntil: true, deactivatedAt: true, localAuthority: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
    db.invitation.findMany({
      where: { acceptedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, email: true, role: true, expiresAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  const now = new Date();

  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <PageHeading>Users</PageHeading>
      <Button href="/admin/users/invite">Invite a user</Button>
      <Table
        caption={`${users.length} accounts`}
        captionSize="m"
        head={["Name", "Email", "Role", "Organisation", "Status"]}
        rowKeys={users.map((u) => u.id)}
        rows={users.map((u) => [
          u.name,
          u.email,
          ROLE_LABELS[u.role],
          u.localAuthority?.name ?? u.region ?? "Department",
          u.deactivatedAt ? <Tag colour="grey">Deactivated</Tag> : u.lockedUntil && u.lockedUntil > now ? <Tag colour="red">Locked</Tag> : <Tag colour="green">Active</Tag>,
        ])}
      />
      {pending.length > 0 && (
        <Table
          caption="Invitations not yet accepted"
          captionSize="m"
          head={["Email", "Role", "Link expires"]}
          rowKeys={pending.map((i) => i.id)}
          rows={pending.map((i) => [i.email, ROLE_LABELS[i.role], formatDateTime(i.expiresAt)])}
        />
      )}
    </main>
  );
}
