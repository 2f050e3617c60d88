import { describe, expect, it } from "vitest";
import { assertSafeWhere, UnsafeWhereError } from "@/server/db/where-guard";

describe("assertSafeWhere", () => {
  it("refuses an undefined value anywhere in a where-clause", () => {
    expect(() => assertSafeWhere("Plan", "findMany", { where: { localAuthorityGss: undefined } })).toThrow(UnsafeWhereError);
    expect(() => assertSafeWhere("Plan", "findMany", { where: { AND: [{ id: "1" }, { region: undefined }] } })).toThrow(/AND\[1\]\.region/);
    expect(() => assertSafeWhere("Plan", "count", { where: undefined })).toThrow(/undefined/);
  });

  it("refuses single-row reads and writes with no or an empty where", () => {
    expect(() => assertSafeWhere("Plan", "updateMany", { data: {} })).toThrow(UnsafeWhereError);
    expect(() => assertSafeWhere("Plan", "deleteMany", { where: {} })).toThrow(UnsafeWhereError);
    expect(() => assertSafeWhere("Plan", "findFirst", {})).toThrow(UnsafeWhereError);
  });

  it("allows scoped queries and national listings", () => {
    expect(() => assertSafeWhere("Plan", "findMany", { where: { localAuthorityGss: "E06000009" } })).not.toThrow();
    expect(() => assertSafeWhere("Plan", "findMany", {})).not.toThrow();
    expect(() => assertSafeWhere("Plan", "updateMany", { where: { id: "1", version: 3 }, data: {} })).not.toThrow();
    expect(() => assertSafeWhere("Plan", "findMany", { where: { createdAt: { gte: new Date() } } })).not.toThrow();
  });
});
