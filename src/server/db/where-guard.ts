// An optional value in a where-clause silently widens a query to every local authority
// (STYLE.md §9). This guard makes that mistake throw instead.

const SINGLE_ROW_OR_WRITE = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);

export class UnsafeWhereError extends Error {
  constructor(model: string, operation: string, detail: string) {
    super(`Refused ${model}.${operation}: ${detail}`);
    this.name = "UnsafeWhereError";
  }
}

function findUndefinedPath(value: unknown, path: string): string | null {
  if (value === undefined) return path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUndefinedPath(item, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const found = findUndefinedPath(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Throws when a where-clause holds an undefined value anywhere, or when a single-row
 * read or any write has no where-clause or an empty one. Listing many rows with no
 * where stays allowed: that is how national (all-LA) views read.
 */
export function assertSafeWhere(model: string, operation: string, args: unknown): void {
  const where = args && typeof args === "object" && "where" in args ? (args as { where: unknown }).where : undefined;
  const hasWhereKey = !!args && typeof args === "object" && "where" in args;

  if (hasWhereKey && where === undefined) {
    throw new UnsafeWhereError(model, operation, "the where-clause is undefined");
  }
  const undefinedAt = findUndefinedPath(where, "");
  if (where !== undefined && undefinedAt) {
    throw new UnsafeWhereError(model, operation, `the where-clause has an undefined value at "${undefinedAt}"`);
  }
  const isEmpty = where === undefined || (typeof where === "object" && where !== null && Object.keys(where).length === 0);
  if (SINGLE_ROW_OR_WRITE.has(operation) && isEmpty) {
    throw new UnsafeWhereError(model, operation, "a single-row read or a write needs a non-empty where-clause");
  }
}
