import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { authSecret, env, useSecureCookies } from "@/server/env";

// Sessions are next-auth JWT session tokens. Local sign-in writes the same cookie
// next-auth's own callbacks (single sign-on) write, so one reader serves both.

export const SESSION_COOKIE = useSecureCookies ? "__Secure-next-auth.session-token" : "next-auth.session-token";
export const sessionMaxAgeSeconds = env.SESSION_MAX_AGE_MINUTES * 60;

export const sessionCookieOptions = {
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: useSecureCookies,
};

export async function startSession(userId: string): Promise<void> {
  const token = await encode({ token: { sub: userId }, secret: authSecret(), maxAge: sessionMaxAgeSeconds });
  const jar = await cookies();
  jar.set(SESSION_COOKIE, token, { ...sessionCookieOptions, maxAge: sessionMaxAgeSeconds });
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);
}

/** The user id in a valid, unexpired session cookie, or null. */
export async function readSessionUserId(): Promise<string | null> {
  const jar = await cookies();
  const raw = jar.get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: authSecret() });
    return typeof token?.sub === "string" ? token.sub : null;
  } catch {
    return null;
  }
}

/** Seconds until the current session expires, for the time-out warning. */
export async function readSessionExpiry(): Promise<number | null> {
  const jar = await cookies();
  const raw = jar.get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  return typeof token?.exp === "number" ? token.exp : null;
}
