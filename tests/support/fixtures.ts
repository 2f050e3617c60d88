import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db/client";
import type { Actor } from "@/domain/permissions";
import type { RoleName } from "@/domain/roles";
import type { SubmissionDocument } from "@/domain/submissions/types";
import type { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "@/server/auth/password";

// Factories with unique names, so tests never depend on each other's data.

export async function createLocalAuthority(db: Db, overrides: { region?: string; isTrailblazer?: boolean; name?: string } = {}) {
  const suffix = randomUUID().slice(0, 8);
  const gssCode = `E99${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  return db.localAuthority.create({
    data: { gssCode, name: overrides.name ?? `Test LA ${suffix}`, region: overrides.region ?? "North West", isTrailblazer: overrides.isTrailblazer ?? false },
  });
}

export async function createUser(
  db: Db,
  role: RoleName,
  { localAuthorityGss, region, password }: { localAuthorityGss?: string; region?: string; password?: string } = {},
): Promise<Actor> {
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}.${randomUUID().slice(0, 8)}@example.gov.uk`,
      name: `${role} ${randomUUID().slice(0, 4)}`,
      role,
      localAuthorityGss: localAuthorityGss ?? null,
      region: region ?? null,
      passwordHash: password ? await hashPassword(password) : null,
    },
  });
  return { id: user.id, name: user.name, email: user.email, role, localAuthorityGss: user.localAuthorityGss, region: user.region };
}

/** A plan the department approved in January 2023, written directly: an LA needs one before its returns open. */
export async function createApprovedPlan(db: Db, { localAuthorityGss, document }: { localAuthorityGss: string; document: SubmissionDocument }) {
  return db.submission.create({
    data: {
      kind: "PLAN",
      localAuthorityGss,
      periodKey: "plan",
      status: "APPROVED",
      decidedAt: new Date("2023-01-10T12:00:00Z"),
      catalogueVersion: "test",
      sections: { create: Object.entries(document).map(([key, data]) => ({ key, data: data as Prisma.InputJsonValue })) },
    },
  });
}
