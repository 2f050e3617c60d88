import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDatabase } from "@/server/db/database";
import { authSecret, oidcConfig } from "@/server/env";
import { SESSION_COOKIE, sessionCookieOptions, sessionMaxAgeSeconds } from "./session-cookie";
import { verifyCredentials } from "./verify-credentials";
import { checkRateLimit, clientAddress, recordAttempt, SIGN_IN_FAILURE_LIMIT } from "@/server/rate-limit";

async function userIdForEmail(email: string | null | undefined): Promise<string | null> {
  if (!email) return null;
  const { db } = await getDatabase();
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, deactivatedAt: true } });
  return user && !user.deactivatedAt ? user.id : null;
}

/**
 * next-auth handles single sign-on (OIDC) and the credentials endpoint for API clients.
 * The portal's own sign-in page uses a server action over the same verifyCredentials,
 * so it works without JavaScript and can say when an account is locked.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    cookies: { sessionToken: { name: SESSION_COOKIE, options: sessionCookieOptions } },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          if (!credentials?.email || !credentials.password) return null;
          const rateKey = `sign-in:${clientAddress(new Headers(request?.headers as Record<string, string> | undefined))}`;
          if (!checkRateLimit(rateKey, SIGN_IN_FAILURE_LIMIT).allowed) throw new Error("TooManyAttempts");
          const { db } = await getDatabase();
          const outcome = await verifyCredentials(db, credentials.email, credentials.password);
          if (outcome.ok) return { id: outcome.userId };
          recordAttempt(rateKey, SIGN_IN_FAILURE_LIMIT);
          if (outcome.reason === "locked") throw new Error("AccountLocked");
          return null;
        },
      }),
      ...(oidcConfig
        ? [
            {
              id: "oidc",
              name: oidcConfig.name,
              type: "oauth" as const,
              wellKnown: `${oidcConfig.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
              clientId: oidcConfig.clientId,
              clientSecret: oidcConfig.clientSecret,
              authorization: { params: { scope: "openid email profile" } },
              idToken: true,
              checks: ["pkce" as const, "state" as const],
              profile(profile: { sub: string; email?: string; name?: string }) {
                return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null };
              },
            },
          ]
        : []),
    ],
    callbacks: {
      // No self-registration: single sign-on only admits people an administrator invited.
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        return (await userIdForEmail(user.email)) ? true : "/sign-in?error=NoAccount";
      },
      async jwt({ token, user, account }) {
        if (account?.provider === "oidc") {
          const id = await userIdForEmail(user?.email);
          if (id) token.sub = id;
        }
        return token;
      },
    },
  };
}
