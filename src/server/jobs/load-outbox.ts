import "server-only";
import { authorise, type Actor } from "@/server/authorise";
import type { Db } from "@/server/db/client";
import { smtpConfigured } from "@/server/email/send-email";

export const OUTBOX_PAGE_SIZE = 50;

/** One page of the outbox, newest first, for administrators (outbox.view). Two queries. */
export async function loadOutbox({ db, actor, page }: { db: Db; actor: Actor; page: number }) {
  authorise(actor, "outbox.view");
  const [total, emails] = await Promise.all([
    db.outboxEmail.count(),
    db.outboxEmail.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, to: true, subject: true, body: true, createdAt: true, sentAt: true, error: true },
    }),
  ]);
  return { total, emails, totalPages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)), smtpConfigured };
}
