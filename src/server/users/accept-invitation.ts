import "server-only";
import { recordAudit } from "@/server/audit";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import { hashInvitationToken } from "./invitation-token";

/** The invitation behind a link, if it can still be used. */
export async function findUsableInvitation(db: Db, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) return null;
  return invitation;
}

/** Creates the account from the invitation and uses the link up, in one transaction. */
export async function acceptInvitation({ db, token, password, now = new Date() }: { db: Db; token: string; password: string; now?: Date }): Promise<{ userId: string }> {
  const invitation = await findUsableInvitation(db, token, now);
  if (!invitation) throw new AppError("NOT_FOUND", "This link has expired or has already been used. Ask your administrator for a new invitation.");
  const passwordHash = await hashPassword(password);

  return db.$transaction(async (tx) => {
    // Compare-and-set: only one request can use the link.
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (claimed.count !== 1) throw new AppError("CONFLICT", "This link has already been used.");
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "An account with this email address already exists. Sign in instead.");
    }
    const user = await tx.user.create({
      data: {
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
        localAuthorityGss: invitation.localAuthorityGss,
        region: invitation.region,
        passwordHash,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.invitation-accepted",
      subjectType: "user",
      subjectId: user.id,
      localAuthorityGss: invitation.localAuthorityGss,
      data: { invitationId: invitation.id, role: invitation.role },
    });
    return { userId: user.id };
  });
}
