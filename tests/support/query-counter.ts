import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";

// Counts the SQL statements Prisma sends through a driver adapter: every round trip, including the extra queries
// the client makes to load relations, so a loader's real cost is measured rather than its number of calls.

export interface QueryCounter {
  readonly count: number;
  readonly statements: readonly string[];
  reset(): void;
}

function countOn(target: SqlQueryable, record: (sql: string) => void): void {
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = (query) => {
    record(query.sql);
    return queryRaw(query);
  };
  target.executeRaw = (query) => {
    record(query.sql);
    return executeRaw(query);
  };
}

/** Wraps an adapter factory; give the result to createPrismaClient and read `counter`. */
export function countingAdapterFactory<F extends SqlDriverAdapterFactory>(inner: F): { adapterFactory: F; counter: QueryCounter } {
  const statements: string[] = [];
  const record = (sql: string) => void statements.push(sql);
  const counter: QueryCounter = {
    get count() {
      return statements.length;
    },
    statements,
    reset: () => void statements.splice(0),
  };
  const adapterFactory = Object.create(inner) as F;
  adapterFactory.connect = async (): Promise<SqlDriverAdapter> => {
    const adapter = await inner.connect();
    countOn(adapter, record);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      countOn(transaction, record);
      return transaction;
    };
    return adapter;
  };
  return { adapterFactory, counter };
}
