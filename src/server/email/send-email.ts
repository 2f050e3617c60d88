import "server-only";
import nodemailer from "nodemailer";
import type { Tx } from "@/server/db/client";
import { env } from "@/server/env";

export interface EmailMessage {
  to: string;
  subject: string;
  body: string;
}

export const smtpConfigured = Boolean(env.SMTP_URL);

/**
 * Every email goes into the outbox table first (administrators can read it), in the
 * caller's transaction; with SMTP settings it is then sent and marked sent.
 */
export async function queueEmail(tx: Tx, message: EmailMessage): Promise<string> {
  const row = await tx.outboxEmail.create({ data: message, select: { id: true } });
  return row.id;
}

/** Sends queued emails through SMTP. Without SMTP settings they stay in the outbox. */
export async function deliverEmail(tx: Pick<Tx, "outboxEmail">, id: string, message: EmailMessage): Promise<void> {
  if (!env.SMTP_URL) return;
  try {
    await nodemailer.createTransport(env.SMTP_URL).sendMail({ from: env.SMTP_FROM, to: message.to, subject: message.subject, text: message.body });
    await tx.outboxEmail.update({ where: { id }, data: { sentAt: new Date() } });
  } catch (error) {
    await tx.outboxEmail.update({ where: { id }, data: { error: error instanceof Error ? error.message : String(error) } });
  }
}
