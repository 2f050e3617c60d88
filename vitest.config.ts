import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "src") } },
  test: {
    // tests/postgres needs a server: only the PostgreSQL pass (scripts/test-postgres.sh) includes it.
    include: ["tests/**/*.test.{ts,tsx}"],
    exclude: process.env.TEST_DATABASE_URL ? ["node_modules/**"] : ["node_modules/**", "tests/postgres/**"],
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts") },
  },
});
