"use server";

import { getActor } from "@/server/access";
import { sessionMaxAgeSeconds, startSession } from "@/server/auth/session-cookie";

export interface SessionExpiry {
  /** When the new session cookie expires, in seconds since the epoch (as the token's `exp`). */
  expiresAt: number;
  /** The server's clock when it answered, in milliseconds, so the browser can allow for its own clock. */
  serverNow: number;
}

/**
 * "Stay signed in": re-issues the session cookie for the signed-in user with a fresh lifetime. Null when
 * the session has already ended (or the account was deactivated), so the page can send them to sign in.
 */
export async function extendSession(): Promise<SessionExpiry | null> {
  const actor = await getActor();
  if (!actor) return null;
  await startSession(actor.id);
  const serverNow = Date.now();
  return { expiresAt: Math.floor(serverNow / 1000) + sessionMaxAgeSeconds, serverNow };
}
