import "server-only";
import type { Tx } from "@/server/db/client";
import { queueEmail } from "@/server/email/send-email";
import type { RoleName } from "@/domain/roles";

export interface NotificationMessage {
  message: string;
  href?: string;
  /** Email subject; the message is the body. */
  subject: string;
}

/** In-app notifications plus queued emails, in the caller's transaction. Returns the outbox ids. */
export async function notifyUsers(tx: Tx, userIds: readonly string[], note: NotificationMessage): Promise<string[]> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return [];
  const users = await tx.user.findMany({ where: { id: { in: ids }, deactivatedAt: null }, select: { id: true, email: true } });
  await tx.notification.createMany({ data: users.map((u) => ({ userId: u.id, message: note.message, href: note.href ?? null })) });
  const outbox: string[] = [];
  for (const user of users) {
    outbox.push(await queueEmail(tx, { to: user.email, subject: note.subject, body: note.href ? `${note.message}\n\n${note.href}` : note.message }));
  }
  return outbox;
}

/** Active users of one LA, optionally only some roles. */
export async function laUserIds(tx: Tx, localAuthorityGss: string, roles?: readonly RoleName[]): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { localAuthorityGss, deactivatedAt: null, ...(roles ? { role: { in: [...roles] } } : {}) },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

export async function departmentReviewerIds(tx: Tx): Promise<string[]> {
  const users = await tx.user.findMany({ where: { role: "DEPARTMENT_REVIEWER", deactivatedAt: null }, select: { id: true } });
  return users.map((u) => u.id);
}
