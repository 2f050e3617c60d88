import { fileURLToPath } from "node:url";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

// The accessibility sweep and the keyboard-only plan journey, against a server and database of their own
// (its own port, build folder and embedded database), so that the error-state submissions and Bolton's journey
// touch nobody else's data. Everything else comes from the main Playwright configuration.
//   NEXT_DIST_DIR=.next-a11y npx next build
//   NEXT_DIST_DIR=.next-a11y E2E_PORT=3700 npx playwright test -c hardening/a11y/playwright.config.ts

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PORT = Number(process.env.E2E_PORT ?? 3700);
const DIST = process.env.NEXT_DIST_DIR ?? ".next-a11y";
const DATA = `.data/a11y-${PORT}`;

export default defineConfig({
  ...base,
  testDir: ".",
  outputDir: path.join(root, "test-results/a11y"),
  workers: 3,
  timeout: 420_000,
  reporter: [["list"], ["./summary-reporter.ts"]],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  projects: [
    // Pages as they are (empty and filled), then the error states, which submit forms and so come after.
    { name: "setup", testMatch: /setup\.spec\.ts/, use: { ...base.projects?.[0]?.use } },
    { name: "pages", testMatch: /pages\.spec\.ts/, dependencies: ["setup"], use: { ...base.projects?.[0]?.use } },
    { name: "errors", testMatch: /errors\.spec\.ts/, dependencies: ["pages"], use: { ...base.projects?.[0]?.use } },
    // Bolton only: independent of the sweep, which never visits Bolton.
    { name: "keyboard", testMatch: /keyboard-journey\.spec\.ts/, use: { ...base.projects?.[0]?.use } },
  ],
  webServer: {
    command: `rm -rf ${DATA} && npx next start -p ${PORT} -H 127.0.0.1 --keepAliveTimeout 65000`,
    cwd: root,
    env: { PGLITE_DATA_DIR: DATA, PORTAL_DEMO: "true", NEXT_DIST_DIR: DIST },
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
