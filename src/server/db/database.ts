import { createAdapterFactory } from "./adapter";
import { createPrismaClient, type Db } from "./client";
import { describeDatabase, getDatabaseConfig, type DatabaseConfig } from "./database-config";
import { applyPendingMigrations } from "./migrate";
import { seedDatabase } from "./seed";
import { isDemoMode } from "@/server/env";

export interface Database {
  db: Db;
  kind: DatabaseConfig["kind"];
}

const KEY = Symbol.for("portal.database");
type GlobalWithDatabase = typeof globalThis & { [KEY]?: Promise<Database> };

/**
 * The one database client of this process. On first use it opens the configured
 * database, applies pending migrations and, on an empty database, seeds it.
 * A failed start is not cached, so the portal recovers once the database is back.
 */
export function getDatabase(): Promise<Database> {
  const g = globalThis as GlobalWithDatabase;
  g[KEY] ??= open().catch((error: unknown) => {
    g[KEY] = undefined;
    throw error;
  });
  return g[KEY];
}

async function open(): Promise<Database> {
  const config = getDatabaseConfig();
  const started = Date.now();
  const handle = await createAdapterFactory(config);
  try {
    const { applied } = await applyPendingMigrations(handle.adapterFactory);
    const db = createPrismaClient(handle.adapterFactory);
    const isEmpty = (await db.localAuthority.count()) === 0;
    if (isEmpty) {
      const seeded = await seedDatabase(db, { demo: isDemoMode });
      console.info(`Seeded ${seeded.localAuthorities} local authorities and ${seeded.users} demo users.`);
    }
    if (!isDemoMode && (await db.user.count({ where: { role: "DEPARTMENT_ADMIN" } })) === 0) {
      console.warn("No administrator exists yet. Create the first one with: npm run admin:create -- --email you@example.gov.uk --name 'Your Name'");
    }
    console.info(`Database ready: ${describeDatabase(config)} (${applied.length} migrations applied, ${Date.now() - started} ms).`);
    return { db, kind: handle.kind };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
