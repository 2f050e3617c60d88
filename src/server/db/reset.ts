import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { createAdapterFactory } from "./adapter";
import type { DatabaseConfig } from "./database-config";
import { applyPendingMigrations, type PrismaDirOptions } from "./migrate";

/**
 * Deletes everything in the public schema (tables, data, enums, the migration
 * history) and applies all migrations again. Seeding is the caller's business.
 * Accepts an adapter factory, or a config to open (and close again) itself.
 */
export async function resetDatabase(
  target: SqlMigrationAwareDriverAdapterFactory | DatabaseConfig,
  options?: PrismaDirOptions,
): Promise<{ applied: string[] }> {
  if ("kind" in target) {
    const handle = await createAdapterFactory(target);
    try {
      return await resetDatabase(handle.adapterFactory, options);
    } finally {
      await handle.close();
    }
  }
  const adapter = await target.connect();
  try {
    await adapter.executeScript("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await adapter.dispose();
  }
  return applyPendingMigrations(target, options);
}
