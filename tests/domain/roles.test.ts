import { describe, expect, it } from "vitest";
import { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/domain/roles";

describe("roles", () => {
  it("match the database enum exactly", () => {
    expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
  });
});
