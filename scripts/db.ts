// Database tasks without Prisma's native engine (see /work/shared/PLATFORM.md):
//   npm run db:migrate               apply pending migrations to the configured database
//   npm run db:migration -- <name>   write prisma/migrations/<timestamp>_<name>/migration.sql from schema.prisma
//   npm run db:check                 exit 1 if schema.prisma and the migrations disagree (for CI)
//   npm run db:seed                  apply pending migrations, then load the reference (and demo) data
//   npm run db:reset [-- --force]    drop everything, migrate, seed (--force needed for PostgreSQL)
// The database is DATABASE_URL (postgres://…) or, when unset, the embedded PGlite in
// PGLITE_DATA_DIR (default .data/pglite), which must not be open in the running app.
import { createAdapterFactory, type AdapterHandle } from "@/server/db/adapter";
import { describeDatabase, getDatabaseConfig, type DatabaseConfig } from "@/server/db/database-config";
import { applyPendingMigrations, checkMigrations, MigrationDriftError, writeMigration } from "@/server/db/migrate";
import { resetDatabase } from "@/server/db/reset";

const USAGE = `Usage: tsx scripts/db.ts <migrate | migration <name> | check | seed | reset [--force]>`;

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function list(names: string[]): string {
  return names.map((n) => `  - ${n}`).join("\n");
}

async function withDatabase<T>(config: DatabaseConfig, fn: (handle: AdapterHandle) => Promise<T>): Promise<T> {
  const handle = await createAdapterFactory(config);
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

async function seed(handle: AdapterHandle): Promise<void> {
  const started = performance.now();
  const [{ createPrismaClient }, { seedDatabase }, { isDemoMode }] = await Promise.all([
    import("@/server/db/client"),
    import("@/server/db/seed"),
    import("@/server/env"),
  ]);
  const db = createPrismaClient(handle.adapterFactory);
  try {
    const result = await seedDatabase(db, { demo: isDemoMode });
    console.log(
      `Seeded ${result.localAuthorities} local authorities and ${result.users} demo users` +
        `${isDemoMode ? "" : " (demo data off: PORTAL_DEMO=false or a real deployment)"} in ${seconds(started)}.`,
    );
  } finally {
    await db.$disconnect();
  }
}

/** `openedAt`: when opening the database began, to report the total too (a new PGlite folder takes seconds). */
async function migrate(handle: AdapterHandle, where: string, openedAt: number): Promise<void> {
  const started = performance.now();
  const { applied } = await applyPendingMigrations(handle.adapterFactory);
  const took = `${seconds(started)}; ${seconds(openedAt)} including opening the database`;
  if (applied.length === 0) console.log(`${where} is up to date; no migrations to apply (${took}).`);
  else console.log(`Applied ${applied.length} migration(s) to ${where} (${took}):\n${list(applied)}`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "migrate": {
      const config = getDatabaseConfig();
      const openedAt = performance.now();
      await withDatabase(config, (handle) => migrate(handle, describeDatabase(config), openedAt));
      return 0;
    }

    case "migration": {
      const name = rest.filter((a) => !a.startsWith("-")).join("_");
      if (!name) {
        console.error("Give the migration a name: npm run db:migration -- add_user_roles");
        return 2;
      }
      const started = performance.now();
      const result = await writeMigration(name);
      if (result.status === "empty") {
        console.log(`${result.message} Nothing written (${seconds(started)}).`);
      } else {
        console.log(
          `Wrote ${result.directory}/migration.sql (${seconds(started)}).\n` +
            "Read it through, then apply it with npm run db:migrate and commit it with the schema change.",
        );
      }
      return 0;
    }

    case "check": {
      const started = performance.now();
      try {
        const { migrations } = await checkMigrations();
        console.log(`schema.prisma matches the ${migrations} migration(s) in prisma/migrations (${seconds(started)}).`);
        return 0;
      } catch (error) {
        if (!(error instanceof MigrationDriftError)) throw error;
        console.error(`${error.message}\n\n(${seconds(started)})`);
        return 1;
      }
    }

    case "seed": {
      const config = getDatabaseConfig();
      const openedAt = performance.now();
      await withDatabase(config, async (handle) => {
        await migrate(handle, describeDatabase(config), openedAt);
        await seed(handle);
      });
      return 0;
    }

    case "reset": {
      const config = getDatabaseConfig();
      const where = describeDatabase(config);
      if (config.kind === "postgres" && !rest.includes("--force")) {
        console.error(`Refusing to delete everything in ${where} without --force (npm run db:reset -- --force).`);
        return 2;
      }
      await withDatabase(config, async (handle) => {
        const started = performance.now();
        const { applied } = await resetDatabase(handle.adapterFactory);
        console.log(`Emptied ${where} and applied ${applied.length} migration(s) in ${seconds(started)}:\n${list(applied)}`);
        await seed(handle);
      });
      return 0;
    }

    default:
      console.error(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
      return 2;
  }
}

let exitCode: number;
try {
  exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
}
// Exit explicitly: both WASM modules leave 10-second timers behind (PGlite's
// setitimer, the schema engine's setTimeout) that would otherwise keep the
// process alive for ~10 s after the work is done. Everything is closed by now.
process.exit(exitCode);
