import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";

// Counts the SQL statements Prisma sends through a driver adapter: every round trip, including the extra queries
// the client makes to load relations, so a loader's real cost is measured rather than its number of calls.

export class QueryCounter {
  readonly statements: string[] = [];

  get count(): number {
    return this.statements.length;
  }

  reset(): void {
    this.statements.splice(0);
  }

  /** The number of statements `work` sends. */
  async queriesFor(work: () => Promise<unknown>): Promise<number> {
    this.reset();
    await work();
    return this.count;
  }
}

function countOn(target: SqlQueryable, counter: QueryCounter): void {
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = (query) => {
    counter.statements.push(query.sql);
    return queryRaw(query);
  };
  target.executeRaw = (query) => {
    counter.statements.push(query.sql);
    return executeRaw(query);
  };
}

/** Wraps an adapter factory so every statement through it, in or out of a transaction, is added to `counter`. */
export function countingAdapterFactory<F extends SqlDriverAdapterFactory>(inner: F, counter: QueryCounter): F {
  const adapterFactory = Object.create(inner) as F;
  adapterFactory.connect = async (): Promise<SqlDriverAdapter> => {
    const adapter = await inner.connect();
    countOn(adapter, counter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      countOn(transaction, counter);
      return transaction;
    };
    return adapter;
  };
  return adapterFactory;
}
