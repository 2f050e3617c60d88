import { defineConfig } from "@playwright/test";
import base from "../playwright.config";

// The hardening project: the page and route-handler isolation matrix, and the check that hostile text
// renders escaped, against the production build (NEXT_DIST_DIR=.next-hard) on its own port and data
// folder. The server's database is prepared before `next start` (hardening/support/prepare-server.ts),
// which also writes the victims' record ids the matrix needs.
const PORT = Number(process.env.HARDENING_PORT ?? process.env.E2E_PORT ?? 3500);
const DATA = `.data/e2e-${PORT}`;
export const PREPARED_FILE = `test-results/hardening/server-${PORT}.json`;

export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: ["isolation/**/*.spec.ts", "hostile/**/*.spec.ts"],
  outputDir: "../test-results/hardening/playwright",
  reporter: [["list"]],
  workers: 2,
  timeout: 300_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  projects: [{ name: "hardening", use: {} }],
  webServer: {
    ...(Array.isArray(base.webServer) ? base.webServer[0] : base.webServer),
    cwd: "..",
    command: `rm -rf ${DATA} && tsx --import ./hardening/support/server-only-stub.mjs hardening/support/prepare-server.ts ${PREPARED_FILE} && next start -p ${PORT} -H 127.0.0.1 --keepAliveTimeout 65000`,
    env: { PGLITE_DATA_DIR: DATA, PORTAL_DEMO: "true", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-hard" },
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
  },
});
