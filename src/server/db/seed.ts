import type { Db } from "./client";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { readEligibleLocalAuthorities } from "./local-authorities-csv";
import { seedPlans } from "./seed-plans";
import { seedSignUps } from "@/server/sign-up/seed-sign-ups";
import { hashPassword } from "@/server/auth/password";

export interface SeedOptions {
  /** Create the demo accounts and demo records. Never in a real deployment. */
  demo: boolean;
}

/** Idempotent: loads the eligible LAs and, in demo mode, the demo accounts. */
export async function seedDatabase(db: Db, { demo }: SeedOptions): Promise<{ localAuthorities: number; users: number }> {
  const authorities = readEligibleLocalAuthorities();
  await db.$transaction(
    authorities.map((la) =>
      db.localAuthority.upsert({
        where: { gssCode: la.gssCode },
        create: la,
        update: { name: la.name, region: la.region, isTrailblazer: la.isTrailblazer },
      }),
    ),
  );
  if (!demo) return { localAuthorities: authorities.length, users: 0 };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await db.user.upsert({
      where: { email: user.email },
      create: { ...user, passwordHash },
      update: {},
    });
  }
  // Demo records are made once, on a database that has none.
  if ((await db.submission.count()) === 0) {
    await seedSignUps(db);
    await seedPlans(db);
  }
  return { localAuthorities: authorities.length, users: DEMO_USERS.length };
}
