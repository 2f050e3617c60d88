import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./database-config";
import { openDiskPGlite } from "./pglite";

export type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** A driver adapter factory for Prisma (client or schema engine) plus the way to let go of it. */
export interface AdapterHandle {
  kind: DatabaseConfig["kind"];
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * PGlite: closes the database and releases its lock file (disconnect any
   * PrismaClient first). PostgreSQL: nothing to do; PrismaClient.$disconnect()
   * ends the pool.
   */
  close(): Promise<void>;
}

/*
 * Both upstream adapters get `executeScript` — the call the schema engine uses to
 * run a migration.sql — wrong, so we replace that one method on the adapters they
 * hand out and delegate everything else untouched:
 *  - pglite-prisma-adapter 0.7.2 calls `client.exec(script)` without awaiting it.
 *    A failing migration is then recorded in _prisma_migrations as applied and the
 *    error surfaces later as an unhandled rejection (seen in testing).
 *  - @prisma/adapter-pg 7.10 splits the script on every ";" and runs the pieces one
 *    by one, which breaks any statement with a ";" inside a string or a $$ body and
 *    leaves a half-applied migration when a later piece fails. We send the script as
 *    one simple-protocol query instead, as Prisma's native engine does (PostgreSQL
 *    runs it in one implicit transaction).
 */

type ScriptRunner = (script: string) => Promise<unknown>;

interface PostgresErrorFields {
  code: string;
  message: string;
  severity?: unknown;
  detail?: unknown;
  column?: unknown;
  hint?: unknown;
}

function isPostgresError(error: unknown): error is PostgresErrorFields {
  return (
    error instanceof Error && "code" in error && typeof error.code === "string" && /^[0-9A-Z]{5}$/.test(error.code)
  );
}

const optionalString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Database errors become DriverAdapterErrors, so the engine reports PostgreSQL's own message and code. */
function toAdapterError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: optionalString(error.severity) ?? "ERROR",
    message: error.message,
    detail: optionalString(error.detail),
    column: optionalString(error.column),
    hint: optionalString(error.hint),
  });
}

function withReliableScripts(adapter: SqlDriverAdapter, run: ScriptRunner): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await run(script);
    } catch (error) {
      throw toAdapterError(error);
    }
  };
  return adapter;
}

/** Adapter factory over an open PGlite (on disk or in memory). Shadow databases are fresh in-memory PGlites. */
export class PGliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName: string;
  private readonly inner: PrismaPGlite;

  /**
   * @param options.shadowIsSelf use this same database as the shadow database. Only
   *   for a throwaway in-memory database that nothing else uses (diff and check
   *   never touch the main database, so this saves starting a second PGlite).
   */
  constructor(
    private readonly pglite: PGlite,
    private readonly options: { shadowIsSelf?: boolean } = {},
  ) {
    this.inner = new PrismaPGlite(pglite);
    this.adapterName = this.inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return withReliableScripts(await this.inner.connect(), (script) => this.pglite.exec(script));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    if (this.options.shadowIsSelf) return this.connect();
    // Upstream opens a PGlite here and never closes it; ours is closed on dispose.
    const shadow = await PGlite.create();
    const adapter = withReliableScripts(await new PrismaPGlite(shadow).connect(), (script) => shadow.exec(script));
    adapter.dispose = async () => {
      if (!shadow.closed) await shadow.close();
    };
    return adapter;
  }
}

/** The part of pg.Pool we need; PrismaPgAdapter.underlyingDriver() returns the pool. */
interface QueryablePool {
  query(sql: string): Promise<unknown>;
}

function poolOf(adapter: SqlDriverAdapter): QueryablePool | null {
  if (!("underlyingDriver" in adapter) || typeof adapter.underlyingDriver !== "function") return null;
  const pool: unknown = adapter.underlyingDriver();
  if (typeof pool !== "object" || pool === null || !("query" in pool) || typeof pool.query !== "function") return null;
  const query = pool.query;
  return { query: (sql: string) => Promise.resolve(query.call(pool, sql)) };
}

function fixPgScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pool = poolOf(adapter);
  return pool ? withReliableScripts(adapter, (script) => pool.query(script)) : adapter;
}

/** Adapter factory for a PostgreSQL server (@prisma/adapter-pg), with reliable migration scripts. */
export class PostgresAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName: string;
  private readonly inner: PrismaPg;

  constructor(connectionString: string) {
    this.inner = new PrismaPg({ connectionString });
    this.adapterName = this.inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return fixPgScripts(await this.inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return fixPgScripts(await this.inner.connectToShadowDb());
  }
}

/** Adapter factory over an already-open PGlite (e.g. an in-memory one in tests). */
export function pgliteAdapterFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return new PGliteAdapterFactory(pglite);
}

/**
 * Opens the configured database. For PGlite this opens the data folder and takes
 * its lock (throws DatabaseLockedError if another process has it), so call
 * close() when done.
 */
export async function createAdapterFactory(config: DatabaseConfig): Promise<AdapterHandle> {
  if (config.kind === "postgres") {
    return { kind: "postgres", adapterFactory: new PostgresAdapterFactory(config.url), close: async () => {} };
  }
  const db = await openDiskPGlite(config.dataDir);
  return { kind: "pglite", adapterFactory: pgliteAdapterFactory(db.pglite), close: () => db.close() };
}
