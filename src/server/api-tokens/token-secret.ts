import "server-only";
import { createHash, randomBytes } from "node:crypto";

// A token's secret is 32 random bytes, shown once; only its SHA-256 is stored. A recognisable prefix
// lets secret scanners (and people) tell what a leaked string is.

export const TOKEN_PREFIX = "fhsl_";

export function generateTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
