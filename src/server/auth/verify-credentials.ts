import "server-only";
import type { Db } from "@/server/db/client";
import { recordAudit } from "@/server/audit";
import { spendVerifyTime, verifyPassword } from "./password";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 30;

export type SignInOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; lockedUntil: Date };

/**
 * Checks an email and password. Five failures in a row lock the account for 30 minutes;
 * while locked, even the right password is refused and the user is told so.
 */
export async function verifyCredentials(db: Db, email: string, password: string, now = new Date()): Promise<SignInOutcome> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, lockedUntil: true, deactivatedAt: true, localAuthorityGss: true },
  });
  if (!user || !user.passwordHash || user.deactivatedAt) {
    await spendVerifyTime(password);
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    return { ok: false, reason: "locked", lockedUntil: user.lockedUntil };
  }

  if (await verifyPassword(user.passwordHash, password)) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { failedSignInCount: 0, lockedUntil: null, lastSignedInAt: now } });
      await recordAudit(tx, { actorId: user.id, action: "user.signed-in", subjectType: "user", subjectId: user.id, localAuthorityGss: user.localAuthorityGss });
    });
    return { ok: true, userId: user.id };
  }

  return db.$transaction(async (tx) => {
    // The increment happens in the database so parallel attempts all count.
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { failedSignInCount: { increment: 1 } },
      select: { failedSignInCount: true },
    });
    if (updated.failedSignInCount < MAX_FAILED_SIGN_INS) return { ok: false, reason: "invalid" } as const;
    const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
    await tx.user.update({ where: { id: user.id }, data: { failedSignInCount: 0, lockedUntil } });
    await recordAudit(tx, {
      actorId: null,
      action: "user.locked",
      subjectType: "user",
      subjectId: user.id,
      localAuthorityGss: user.localAuthorityGss,
      data: { lockedUntil: lockedUntil.toISOString() },
    });
    return { ok: false, reason: "locked", lockedUntil } as const;
  });
}
