// Run by hardening/playwright.config.ts before `next start`, on the server's own (not yet open) PGlite
// folder: migrates, seeds the demo programme, gives Bolton and Barnsley a draft of every kind and an API
// token (as the isolation world of the Vitest suites does), and writes what the page matrix needs to
// build real URLs: each demo LA's records and a value for each dynamic route segment.
//   tsx --import ./hardening/support/server-only-stub.mjs hardening/support/prepare-server.ts <out.json>
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createAdapterFactory } from "@/server/db/adapter";
import { createPrismaClient } from "@/server/db/client";
import { getDatabaseConfig } from "@/server/db/database-config";
import { applyPendingMigrations } from "@/server/db/migrate";
import { seedDatabase } from "@/server/db/seed";
import { EXPECTATION_STRANDS } from "@/server/returns/section-input";
import { METRIC_GROUPS } from "@/domain/return/return-metrics";
import { signUpDefinition } from "@/domain/sign-up/definition";
import { expectationsFor, STRANDS } from "@/catalogue/lookup";
import { buildIsolationWorld } from "../isolation/world";
import type { PreparedServer } from "./app-routes";

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error("Usage: prepare-server.ts <out.json>");
  const started = Date.now();
  const handle = await createAdapterFactory(getDatabaseConfig());
  try {
    await applyPendingMigrations(handle.adapterFactory);
    const db = createPrismaClient(handle.adapterFactory);
    await seedDatabase(db, { demo: true });
    const { victims } = await buildIsolationWorld(db);
    const goFurther = STRANDS.find((s) => s.funded || expectationsFor({ strand: s.id, kind: "go-further" }).length > 0);
    const prepared: PreparedServer = {
      victims,
      segments: {
        strand: EXPECTATION_STRANDS[0]!.id,
        "go-further/[strand]": goFurther!.id,
        group: METRIC_GROUPS[0]!.id,
        section: signUpDefinition.sections[0]!.key,
        index: "0",
        token: "forged-invitation-token-000000000000",
        "...nextauth": "session",
      },
    };
    await db.$disconnect();
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(prepared, null, 2));
    console.info(`Hardening server data ready in ${Date.now() - started} ms: ${victims.length} demo LAs, ${victims.reduce((n, v) => n + v.submissions.length, 0)} submissions.`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
