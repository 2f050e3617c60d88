import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { authoriseForLocalAuthority, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Db } from "@/server/db/client";
import { AppError, notFoundError } from "@/server/errors";
import { generateTokenSecret, hashTokenSecret } from "./token-secret";

export const apiTokenSelect = {
  id: true,
  name: true,
  createdAt: true,
  createdById: true,
  lastUsedAt: true,
  revokedAt: true,
} satisfies Prisma.ApiTokenSelect;

export type ApiTokenSummary = Prisma.ApiTokenGetPayload<{ select: typeof apiTokenSelect }>;

// Only the LA's own commissioning lead manages its tokens; anyone else gets "not found".

/** The LA's tokens, live ones first, newest first. */
export async function listApiTokens({ db, actor, localAuthorityGss }: { db: Db; actor: Actor; localAuthorityGss: string }): Promise<ApiTokenSummary[]> {
  await authoriseForLocalAuthority(db, actor, "apiTokens.manage", localAuthorityGss);
  const tokens = await db.apiToken.findMany({ where: { localAuthorityGss }, select: apiTokenSelect, orderBy: { createdAt: "desc" } });
  return [...tokens.filter((t) => !t.revokedAt), ...tokens.filter((t) => t.revokedAt)];
}

/** Creates a token and returns its secret: the only time it exists outside the caller's hands. */
export async function createApiToken({ db, actor, localAuthorityGss, name }: { db: Db; actor: Actor; localAuthorityGss: string; name: string }) {
  await authoriseForLocalAuthority(db, actor, "apiTokens.manage", localAuthorityGss);
  const secret = generateTokenSecret();
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { localAuthorityGss, name, tokenHash: hashTokenSecret(secret), createdById: actor.id },
      select: apiTokenSelect,
    });
    await recordAudit(tx, { actorId: actor.id, action: "api-token.created", subjectType: "api-token", subjectId: created.id, localAuthorityGss, data: { name } });
    return created;
  });
  return { token, secret };
}

// Token times are operational (when a system last called), not programme-calendar dates, so they use
// the real clock like createdAt does.

/** Revokes a live token of the LA. Compare-and-set: revoking twice is a conflict, not a second audit event. */
export async function revokeApiToken({ db, actor, localAuthorityGss, tokenId, now = new Date() }: { db: Db; actor: Actor; localAuthorityGss: string; tokenId: string; now?: Date }) {
  await authoriseForLocalAuthority(db, actor, "apiTokens.manage", localAuthorityGss);
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, localAuthorityGss }, select: { id: true, name: true, revokedAt: true } });
    if (!token) throw notFoundError("That token");
    const revoked = await tx.apiToken.updateMany({ where: { id: tokenId, localAuthorityGss, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count !== 1) throw new AppError("CONFLICT", `The token “${token.name}” has already been revoked.`);
    await recordAudit(tx, { actorId: actor.id, action: "api-token.revoked", subjectType: "api-token", subjectId: token.id, localAuthorityGss, data: { name: token.name } });
  });
}
