import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The only module that reads process.env (apart from the tiny database-config, which
// scripts also use). Everything else asks this module.

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  /** "true" to create the demo accounts and data; defaults to true on the embedded database. */
  PORTAL_DEMO: z.enum(["true", "false"]).optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("single sign-on"),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default("Family Hubs portal <no-reply@family-hubs.example>"),
  SESSION_MAX_AGE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
  /** How many proxies in front of the portal append to X-Forwarded-For (a CDN plus a load balancer is 2). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  /** Demo only: the London date the programme calendar treats as today (YYYY-MM-DD). */
  PORTAL_DATE: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "PORTAL_DATE must look like 2024-01-20").optional(),
});

export type Env = z.infer<typeof ZEnv>;

function load(): Env {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`The portal's environment settings are not valid:\n${problems}`);
  }
  return parsed.data;
}

export const env = load();

export const isEmbeddedDatabase = !env.DATABASE_URL;

export const isDemoMode = env.PORTAL_DEMO ? env.PORTAL_DEMO === "true" : isEmbeddedDatabase || env.NODE_ENV === "development";

/** Secure cookies whenever the portal is served over HTTPS or runs for real. */
export const useSecureCookies = env.NEXTAUTH_URL?.startsWith("https://") ?? (env.NODE_ENV === "production" && !isDemoMode);

export const oidcConfig =
  env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
    ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, name: env.OIDC_NAME }
    : null;

let cachedSecret: string | undefined;

/**
 * The session-signing secret. In demo mode one is generated once and kept under .data/,
 * so a fresh clone runs without set-up; a real deployment must provide NEXTAUTH_SECRET.
 */
export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (cachedSecret) return cachedSecret;
  if (!isDemoMode) {
    throw new Error("NEXTAUTH_SECRET is not set. Set it to a random string of at least 32 characters.");
  }
  const dir = path.join(process.cwd(), ".data");
  const file = path.join(dir, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  cachedSecret = readFileSync(file, "utf8").trim();
  return cachedSecret;
}
