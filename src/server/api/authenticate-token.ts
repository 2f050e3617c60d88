import "server-only";
import type { Actor } from "@/domain/permissions";
import type { Db } from "@/server/db/client";
import { hashTokenSecret } from "@/server/api-tokens/token-secret";
import { ApiProblem } from "./errors-to-response";

export interface ApiPrincipal {
  tokenId: string;
  /** The one LA the token may act for. */
  localAuthorityGss: string;
  /** Who the engine sees acting: the commissioning lead who created the token. */
  actor: Actor;
}

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i;

/**
 * The token in `Authorization: Bearer …`, if it is live. A token acts as the commissioning lead who
 * created it, so the engine's permissions and audit apply unchanged; it stops working when they leave
 * the role or the LA, or are deactivated, as well as when it is revoked. Every refusal looks the same.
 */
export async function authenticateToken(db: Db, authorization: string | null, now: Date = new Date()): Promise<ApiPrincipal> {
  const refused = (message = "Send a valid API token as Authorization: Bearer <token>.") => new ApiProblem(401, "unauthenticated", message);
  const match = authorization ? BEARER.exec(authorization) : null;
  if (!match?.[1]) throw refused();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(match[1]) },
    select: { id: true, name: true, localAuthorityGss: true, createdById: true, revokedAt: true },
  });
  if (!token || token.revokedAt) throw refused("This API token is not valid or has been revoked. Ask your commissioning lead for a new one.");
  const owner = await db.user.findUnique({
    where: { id: token.createdById },
    select: { id: true, name: true, email: true, role: true, localAuthorityGss: true, region: true, deactivatedAt: true },
  });
  if (!owner || owner.deactivatedAt || owner.role !== "COMMISSIONING_LEAD" || owner.localAuthorityGss !== token.localAuthorityGss) {
    throw refused("The person who created this API token can no longer use it. Ask your commissioning lead for a new one.");
  }
  await db.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { lastUsedAt: now } });
  const { deactivatedAt: _, ...actor } = owner;
  return { tokenId: token.id, localAuthorityGss: token.localAuthorityGss, actor: { ...actor, name: `${owner.name} (API token “${token.name}”)` } };
}
