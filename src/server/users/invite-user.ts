import "server-only";
import { authorise, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Db } from "@/server/db/client";
import { deliverEmail, queueEmail } from "@/server/email/send-email";
import { AppError } from "@/server/errors";
import { isLaRole, ROLE_LABELS } from "@/domain/roles";
import type { TInviteUser } from "@/schemas/invite-user";
import { INVITATION_VALID_DAYS, newInvitationToken } from "./invitation-token";

export interface InviteResult {
  invitationId: string;
  /** Path of the one-time link, e.g. /invitations/<token>. */
  path: string;
  expiresAt: Date;
}

export async function inviteUser({ db, actor, input, now = new Date() }: { db: Db; actor: Actor; input: TInviteUser; now?: Date }): Promise<InviteResult> {
  authorise(actor, "users.manage");
  const localAuthorityGss = isLaRole(input.role) ? input.localAuthorityGss : undefined;
  const region = input.role === "REGIONAL_ADVISER" ? input.region : undefined;

  if (localAuthorityGss && !(await db.localAuthority.findUnique({ where: { gssCode: localAuthorityGss }, select: { gssCode: true } }))) {
    throw new AppError("INVALID_INPUT", "Select a local authority from the list");
  }
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("CONFLICT", "Someone with this email address already has an account");
  }

  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000);
  const path = `/invitations/${token}`;
  const message = {
    to: input.email,
    subject: "You have been invited to the Family Hubs and Start for Life portal",
    body: `${actor.name} has invited you to the Family Hubs and Start for Life portal as ${ROLE_LABELS[input.role]}.\n\nSet your password using this link within ${INVITATION_VALID_DAYS} days:\n${path}\n\nThe link works once.`,
  };

  const { invitationId, emailId } = await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: { tokenHash, email: input.email, name: input.name, role: input.role, localAuthorityGss, region, invitedById: actor.id, expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.invited",
      subjectType: "invitation",
      subjectId: invitation.id,
      localAuthorityGss,
      data: { email: input.email, role: input.role, region: region ?? null },
    });
    return { invitationId: invitation.id, emailId: await queueEmail(tx, message) };
  });
  await deliverEmail(db, emailId, message);
  return { invitationId, path, expiresAt };
}
