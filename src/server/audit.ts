import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/client";

// Append-only. Always written inside the same transaction as the change it records.

export interface AuditEntry {
  actorId: string | null;
  /** Past-tense verb on a subject, e.g. "plan.submitted", "user.locked". */
  action: string;
  subjectType: string;
  subjectId: string;
  localAuthorityGss?: string | null;
  data?: Prisma.InputJsonObject;
}

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      localAuthorityGss: entry.localAuthorityGss ?? null,
      data: entry.data ?? {},
    },
  });
}
