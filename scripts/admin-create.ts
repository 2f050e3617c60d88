// Creates an invitation for a department administrator and prints the one-time link.
// Usage: npm run admin:create -- --email someone@example.gov.uk --name "Their Name"
import { parseArgs } from "node:util";
import { createAdapterFactory } from "@/server/db/adapter";
import { createPrismaClient } from "@/server/db/client";
import { getDatabaseConfig } from "@/server/db/database-config";
import { applyPendingMigrations } from "@/server/db/migrate";
import { seedDatabase } from "@/server/db/seed";
import { newInvitationToken, INVITATION_VALID_DAYS } from "@/server/users/invitation-token";
import { ZInviteUser } from "@/schemas/invite-user";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const parsed = ZInviteUser.safeParse({ email: values.email, name: values.name, role: "DEPARTMENT_ADMIN" });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  console.error('Usage: npm run admin:create -- --email someone@example.gov.uk --name "Their Name"');
  process.exit(2);
}

const handle = await createAdapterFactory(getDatabaseConfig());
try {
  await applyPendingMigrations(handle.adapterFactory);
  const db = createPrismaClient(handle.adapterFactory);
  await seedDatabase(db, { demo: false });
  if (await db.user.findUnique({ where: { email: parsed.data.email } })) {
    console.error(`An account for ${parsed.data.email} already exists.`);
    process.exit(1);
  }
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000);
  await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: { tokenHash, email: parsed.data.email, name: parsed.data.name, role: "DEPARTMENT_ADMIN", expiresAt },
    });
    await tx.auditEvent.create({
      data: { action: "user.invited", subjectType: "invitation", subjectId: invitation.id, data: { email: parsed.data.email, role: "DEPARTMENT_ADMIN", via: "admin:create" } },
    });
  });
  const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  console.log(`Invitation created for ${parsed.data.email}. Open this link within ${INVITATION_VALID_DAYS} days to set a password:\n${base.replace(/\/$/, "")}/invitations/${token}`);
  await db.$disconnect();
} finally {
  await handle.close();
}
// The WASM schema engine leaves timers that would keep the process alive for ~10 s.
process.exit(0);
