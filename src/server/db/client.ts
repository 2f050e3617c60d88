import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { assertSafeWhere } from "./where-guard";

/*
 * Interactive transactions (every save, transition and sign-off) first wait for a pooled connection.
 * Prisma's defaults, 2 s to get one and 5 s to finish, turned a deadline burst into 500s: with 75
 * accountable leads signing at once on the production build, 13 of 75 sign-offs failed with P2028
 * "Unable to start a transaction in the given time" (hardening/load). Queue for longer instead; a
 * database that is really down still fails at once (connection refused) and answers 503.
 */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

export function createPrismaClient(adapter: SqlDriverAdapterFactory) {
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }).$extends({
    name: "where-guard",
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          assertSafeWhere(model, operation, args);
          return query(args);
        },
      },
    },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to a `db.$transaction(async (tx) => …)` callback. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
