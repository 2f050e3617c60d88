import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { assertSafeWhere } from "./where-guard";

export function createPrismaClient(adapter: SqlDriverAdapterFactory) {
  return new PrismaClient({ adapter }).$extends({
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
