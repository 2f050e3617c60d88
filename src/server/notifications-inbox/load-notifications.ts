import "server-only";
import type { Actor } from "@/server/authorise";
import type { Db } from "@/server/db/client";

/** The actor's own notifications, newest first. Nobody reads anyone else's. */
export function loadNotifications(db: Db, actor: Actor, take = 50) {
  return db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take, select: { id: true, message: true, href: true, readAt: true, createdAt: true } });
}

export function countUnread(db: Db, actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}
