import type { Actor } from "@/domain/permissions";
import type { Db } from "@/server/db/client";
import { DEMO_LOCAL_AUTHORITIES } from "@/server/db/demo-users";

export const DEMO = DEMO_LOCAL_AUTHORITIES;

export async function actorByEmail(db: Db, email: string): Promise<Actor> {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true, role: true, localAuthorityGss: true, region: true } });
}
