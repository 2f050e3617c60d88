import "server-only";
import { env } from "./env";

// A sliding-window limiter in this process's memory. The portal runs one Node process per
// instance; behind several instances each enforces its own share, which still stops
// guessing and floods. A shared store (PostgreSQL or Redis) is the step up if ever needed.

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowMs: number;
}

/** Failed sign-ins per client address (the account lockout covers guessing one account). */
export const SIGN_IN_FAILURE_LIMIT: RateLimit = { limit: 30, windowMs: 60_000 };
export const API_LIMIT: RateLimit = { limit: 120, windowMs: 60_000 };

const KEY = Symbol.for("portal.rateLimits");
type Store = Map<string, number[]>;
function store(): Store {
  const g = globalThis as typeof globalThis & { [KEY]?: Store };
  g[KEY] ??= new Map();
  return g[KEY];
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until another attempt is allowed, when refused. */
  retryAfterSeconds: number;
}

/** Whether another attempt under `key` is within the limit, without counting one. */
export function checkRateLimit(key: string, { limit, windowMs }: RateLimit, now = Date.now()): RateDecision {
  const recent = (store().get(key) ?? []).filter((t) => t > now - windowMs);
  if (recent.length < limit) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((recent[0] ?? now) + windowMs - now) / 1000)) };
}

/** Counts an attempt under `key`. */
export function recordAttempt(key: string, { windowMs }: RateLimit, now = Date.now()): void {
  const attempts = store();
  const recent = (attempts.get(key) ?? []).filter((t) => t > now - windowMs);
  recent.push(now);
  attempts.set(key, recent);
  if (attempts.size > 50_000) pruneOld(attempts, now - windowMs);
}

/** Checks and counts in one step: for limits on every request, such as the API. */
export function takeRateLimit(key: string, limit: RateLimit, now = Date.now()): RateDecision {
  const decision = checkRateLimit(key, limit, now);
  if (decision.allowed) recordAttempt(key, limit, now);
  return decision;
}

function pruneOld(attempts: Store, before: number): void {
  for (const [key, times] of attempts) if (!times.some((t) => t > before)) attempts.delete(key);
}

/**
 * The client's address, for rate-limit keys only: the X-Forwarded-For entry appended by the outermost of our own
 * proxies, counting `trustedHops` from the right. Entries to its left come from the client, so keying on them
 * would let anyone dodge the limit by sending a new made-up address each time.
 */
export function clientAddress(headers: Headers, trustedHops = env.TRUSTED_PROXY_HOPS): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((entry) => entry.trim()).filter(Boolean) ?? [];
  return forwarded.at(-trustedHops) ?? forwarded[0] ?? headers.get("x-real-ip") ?? "local";
}
