import { describe, expect, it } from "vitest";
import { checkRateLimit, clientAddress, recordAttempt, takeRateLimit } from "@/server/rate-limit";

describe("rate limits", () => {
  it("allows up to the limit in a window, then refuses with the wait until the oldest attempt expires", () => {
    const limit = { limit: 3, windowMs: 60_000 };
    const key = `test:${Math.random()}`;
    expect([0, 1, 2].map((i) => takeRateLimit(key, limit, 1_000 + i).allowed)).toEqual([true, true, true]);
    expect(takeRateLimit(key, limit, 10_000)).toEqual({ allowed: false, retryAfterSeconds: 51 });
    expect(takeRateLimit(key, limit, 61_001).allowed).toBe(true);
  });

  it("can check without counting, for limits on failures only", () => {
    const limit = { limit: 1, windowMs: 1_000 };
    const key = `test:${Math.random()}`;
    expect(checkRateLimit(key, limit, 0).allowed).toBe(true);
    expect(checkRateLimit(key, limit, 1).allowed).toBe(true);
    recordAttempt(key, limit, 2);
    expect(checkRateLimit(key, limit, 3).allowed).toBe(false);
  });

  it("keys on the address the proxy appended, not on one the client made up", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.1, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    // Behind a CDN and a load balancer (two hops), the CDN's entry is the client's address.
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.1, 203.0.113.9, 10.0.0.5" }), 2)).toBe("203.0.113.9");
    expect(clientAddress(new Headers())).toBe("local");
  });
});
