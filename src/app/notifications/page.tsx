import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { PageHeading } from "@/components/page-heading";
import { Tag } from "@/components/tag";
import { formatDateTime } from "@/domain/dates";
import { requireActor } from "@/server/access";
import { markAllNotificationsRead } from "@/server/actions/notifications/mark-read";
import { getDatabase } from "@/server/db/database";
import { loadNotifications } from "@/server/notifications-inbox/load-notifications";
import { safeRedirectPath } from "@/server/safe-redirect";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requireActor();
  const { db } = await getDatabase();
  const notifications = await loadNotifications(db, actor);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>Notifications</PageHeading>
          <p role="status">{unread === 0 ? "You have no unread notifications." : unread === 1 ? "You have 1 unread notification." : `You have ${unread} unread notifications.`}</p>
          {unread > 0 && (
            <form action={markAllNotificationsRead}>
              <Button variant="secondary">Mark all as read</Button>
            </form>
          )}
          {notifications.length > 0 && (
            <ul className="govuk-list">
              {notifications.map((n) => (
                <li key={n.id} className="mb-6 border-b border-govuk-border pb-4">
                  <span className="govuk-font-16 block text-govuk-secondary-text">
                    {formatDateTime(n.createdAt)} {!n.readAt && <Tag colour="blue">New</Tag>}
                  </span>
                  {n.href ? <Link href={safeRedirectPath(n.href)}>{n.message}</Link> : n.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </main>
  );
}
