import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createPrismaClient, type Db } from "@/server/db/client";
import type { Database } from "@/server/db/database";
import { countingAdapterFactory, type QueryCounter } from "./query-counter";
import { createTestDatabase, type TestDatabase } from "./test-database";

/** A Prisma client on a fresh test database: PGlite, or PostgreSQL when TEST_DATABASE_URL is set (see createTestDatabase). */
export interface TestClient {
  db: Db;
  database: TestDatabase;
  /** Disconnects the client, then drops the database. */
  close(): Promise<void>;
}

export async function openTestClient({ counter }: { counter?: QueryCounter } = {}): Promise<TestClient> {
  const database = await createTestDatabase();
  const db = createPrismaClient(counter ? countingAdapterFactory(database.adapterFactory, counter) : database.adapterFactory);
  return {
    db,
    database,
    close: async () => {
      await db.$disconnect();
      await database.dispose();
    },
  };
}

// getDatabase() returns whatever is stored under this key, so route handlers called in-process use the test database.
const APP_DATABASE_KEY = Symbol.for("portal.database");
type GlobalWithDatabase = typeof globalThis & { [APP_DATABASE_KEY]?: Promise<Database> };

export interface TestDatabaseOptions {
  /** "test" gives every test a fresh database, for tests whose rules count every LA; by default a file shares one. */
  per?: "file" | "test";
  /** Adds every statement the client sends to this counter. */
  counter?: QueryCounter;
  /** Also hands the database to getDatabase(), for route handlers and server actions. */
  asAppDatabase?: boolean;
}

export interface UsedTestDatabase {
  /** The open test database's client, for hooks and tests (it opens in beforeAll, or beforeEach per test). */
  db: Db;
  /** A second client on the same database, as after a restart; disconnect it yourself. */
  openAnotherClient(): Db;
}

/** Registers the hooks that open a migrated test database before the file's (or each) tests and drop it after. */
export function useTestDatabase({ per = "file", counter, asAppDatabase = false }: TestDatabaseOptions = {}): UsedTestDatabase {
  let open: TestClient | undefined;
  const current = (): TestClient => {
    if (!open) throw new Error("The test database is only open inside hooks and tests, after useTestDatabase's beforeAll/beforeEach.");
    return open;
  };

  const before = per === "test" ? beforeEach : beforeAll;
  const after = per === "test" ? afterEach : afterAll;
  before(async () => {
    open = await openTestClient({ counter });
    if (asAppDatabase) (globalThis as GlobalWithDatabase)[APP_DATABASE_KEY] = Promise.resolve({ db: open.db, kind: open.database.kind });
  });
  after(async () => {
    if (asAppDatabase) delete (globalThis as GlobalWithDatabase)[APP_DATABASE_KEY];
    const closing = open;
    open = undefined;
    await closing?.close();
  });

  return {
    db: clientOf(() => current().db),
    openAnotherClient: () => createPrismaClient(current().database.adapterFactory),
  };
}

// Test files hold `db` from module load, but the database opens in a hook (and per test may be replaced),
// so `db` forwards each use to the client that is open at that moment.
function clientOf(current: () => Db): Db {
  return new Proxy<Db>(Object.create(null), {
    get(_, key) {
      const client = current();
      const value: unknown = Reflect.get(client, key);
      return typeof value === "function" ? value.bind(client) : value;
    },
    has: (_, key) => Reflect.has(current(), key),
  });
}
