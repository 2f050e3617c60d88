import type { Actor } from "@/domain/permissions";
import { createPrismaClient, type Db } from "@/server/db/client";
import type { Database } from "@/server/db/database";
import { seedDatabase } from "@/server/db/seed";
import { startSession } from "@/server/auth/session-cookie";
import { createTestDatabase } from "../../tests/support/test-database";
import { sessionJar } from "./session-jar";

// The demo programme (every demo LA, user, plan and return, made by the real seed) in a fresh database
// that getDatabase() hands to every action and route handler of this test file.

const DATABASE_KEY = Symbol.for("portal.database");

export interface World {
  db: Db;
  dispose(): Promise<void>;
}

export async function openDemoWorld(): Promise<World> {
  const world = await openWorld();
  await seedDatabase(world.db, { demo: true });
  return world;
}

/** An empty database (migrations only) that getDatabase() hands to this test file's actions and routes. */
export async function openWorld(): Promise<World> {
  const test = await createTestDatabase();
  const db = createPrismaClient(test.adapterFactory);
  (globalThis as Record<symbol, unknown>)[DATABASE_KEY] = Promise.resolve({ db, kind: test.kind } satisfies Database);
  return {
    db,
    dispose: async () => {
      delete (globalThis as Record<symbol, unknown>)[DATABASE_KEY];
      await db.$disconnect();
      await test.dispose();
    },
  };
}

/** Signs in as this user with the real session cookie (or signs out, for null). */
export async function actAs(actor: Pick<Actor, "id"> | null): Promise<void> {
  sessionJar.clear();
  if (actor) await startSession(actor.id);
}

export { actorByEmail, DEMO } from "./demo";
