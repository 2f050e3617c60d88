import { defineConfig } from "vitest/config";
import path from "node:path";

// The hardening suites (issue 8): tenant isolation of server actions and APIs, and the hostile input corpus.
// Run with `npm run test:hardening:isolation` (which also runs the Playwright project in ./playwright.config.ts).
const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: { alias: { "@": path.resolve(root, "src") } },
  test: {
    include: ["hardening/isolation/**/*.test.ts", "hardening/hostile/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 600_000,
    hookTimeout: 300_000,
    // A fixed secret so the real session code signs cookies without writing .data/nextauth-secret.
    env: { NEXTAUTH_SECRET: "hardening-suite-secret-0123456789abcdef", PORTAL_DEMO: "true" },
    setupFiles: ["hardening/support/setup.ts"],
    alias: { "server-only": path.resolve(root, "tests/support/server-only.ts") },
  },
});
