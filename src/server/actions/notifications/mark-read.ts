"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/server/access";
import { recordAudit } from "@/server/audit";
import { getDatabase } from "@/server/db/database";

/** Marks every one of the signed-in user's notifications as read. */
export async function markAllNotificationsRead(): Promise<void> {
  const actor = await requireActor();
  const { db } = await getDatabase();
  await db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
    if (count > 0) await recordAudit(tx, { actorId: actor.id, action: "notifications.read", subjectType: "user", subjectId: actor.id, localAuthorityGss: actor.localAuthorityGss, data: { count } });
  });
  revalidatePath("/notifications");
}
