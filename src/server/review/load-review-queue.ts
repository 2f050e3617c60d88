import "server-only";
import { grantStatementPeriods, londonDate, periodById } from "@/catalogue/calendar";
import { daysBetween } from "@/domain/dates";
import type { Prisma } from "@/generated/prisma/client";
import { EXPLANATIONS_SECTION, warningKey, type SubmissionKind } from "@/domain/submissions/types";
import type { TReviewFilters } from "@/schemas/review-filters";
import { authorise, localAuthorityScope, type Actor } from "@/server/authorise";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { kindServerFor } from "@/server/submissions/registry";

/**
 * What "overdue" means in the reviewer queue (issue 6, item 8), in one place:
 * - waiting: the submission has waited more than REVIEW_WAITING_DAYS calendar days (London dates) for a
 *   decision. The guide sets no review deadline; two weeks is the programme team's service level we assume.
 * - late: it was sent after its due date: the catalogue's date for a delivery return or a statement of
 *   grant usage, or the administrator's extension for that LA. Plans and sign-ups have no per-period due
 *   date in the catalogue, so they are never "late".
 */
export const REVIEW_WAITING_DAYS = 14;
export const REVIEW_PAGE_SIZE = 25;

function catalogueDueDate(kind: SubmissionKind, periodKey: string): string | null {
  if (kind === "DELIVERY_RETURN") return periodById(periodKey)?.due ?? null;
  if (kind === "GRANT_STATEMENT") return grantStatementPeriods({ includeExtension: true }).find((p) => p.id === periodKey)?.due ?? null;
  return null;
}

export interface QueueWarning {
  message: string;
  explanation: string;
}

/**
 * Everything awaiting a decision, oldest first, within the actor's scope, with each item's lateness and
 * the warnings its LA explained. Queries: the candidates, the latest revision of each, the extensions and
 * the listed page's sections (one each, whatever the number of LAs), then each listed item's rules context
 * (the kind's own loader: at most REVIEW_PAGE_SIZE, as the queue is paged).
 */
export async function loadReviewQueue({ db, actor, kind, region, overdue, versions = "latest", page = 1, now = programmeNow() }: { db: Db; actor: Actor; now?: Date } & Partial<TReviewFilters>) {
  authorise(actor, "dashboard.view");
  const where: Prisma.SubmissionWhereInput[] = [{ status: { in: versions === "returned" ? ["SUBMITTED", "RETURNED"] : ["SUBMITTED"] } }, { localAuthority: localAuthorityScope(actor) }];
  if (kind) where.push({ kind });
  if (region) where.push({ localAuthority: { region } });
  const candidates = await db.submission.findMany({
    where: { AND: where },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, periodKey: true, revision: true, status: true, submittedAt: true, decidedAt: true, localAuthorityGss: true, localAuthority: { select: { gssCode: true, name: true, region: true } } },
  });
  const gssCodes = [...new Set(candidates.map((c) => c.localAuthorityGss))];
  const [latestRevisions, extensions] =
    gssCodes.length === 0
      ? [[], []]
      : await Promise.all([
          db.submission.groupBy({ by: ["localAuthorityGss", "kind", "periodKey"], where: { localAuthorityGss: { in: gssCodes } }, _max: { revision: true } }),
          db.deadlineExtension.findMany({ where: { localAuthorityGss: { in: gssCodes } }, select: { localAuthorityGss: true, kind: true, periodKey: true, dueDate: true } }),
        ]);
  const keyOf = (s: { localAuthorityGss: string; kind: string; periodKey: string }) => `${s.localAuthorityGss}:${s.kind}:${s.periodKey}`;
  const latest = new Map(latestRevisions.map((r) => [keyOf(r), r._max.revision ?? 0]));
  const extended = new Map(extensions.map((e) => [keyOf(e), e.dueDate]));
  const today = londonDate(now);

  const items = candidates
    .map((c) => {
      const due = extended.get(keyOf(c)) ?? catalogueDueDate(c.kind, c.periodKey);
      const sentOn = c.submittedAt ? londonDate(c.submittedAt) : null;
      const daysWaiting = c.status === "SUBMITTED" && sentOn ? daysBetween(sentOn, today) : null;
      const latestRevision = latest.get(keyOf(c)) ?? c.revision;
      return {
        ...c,
        due,
        late: due !== null && sentOn !== null && sentOn > due,
        daysWaiting,
        waitingTooLong: daysWaiting !== null && daysWaiting > REVIEW_WAITING_DAYS,
        latestRevision,
        isLatest: c.revision === latestRevision,
      };
    })
    // A returned revision only shows when asked for; a submitted one is always the latest (returning opens the next).
    .filter((c) => c.status === "SUBMITTED" || versions === "returned")
    .filter((c) => overdue === undefined || (overdue === "late" ? c.late : c.waitingTooLong));

  const totalPages = Math.max(1, Math.ceil(items.length / REVIEW_PAGE_SIZE));
  const current = Math.min(page, totalPages);
  const listed = items.slice((current - 1) * REVIEW_PAGE_SIZE, current * REVIEW_PAGE_SIZE);
  const warnings = await explainedWarnings(db, listed);
  return { items: listed.map((item) => ({ ...item, warnings: warnings.get(item.id) ?? [] })), total: items.length, page: current, totalPages, waitingDays: REVIEW_WAITING_DAYS };
}

/** Each listed submission's warnings (by its kind's rules) with the LA's explanation. One query for all sections. */
async function explainedWarnings(db: Db, listed: readonly { id: string; kind: SubmissionKind; localAuthorityGss: string; periodKey: string; revision: number }[]): Promise<Map<string, QueueWarning[]>> {
  const result = new Map<string, QueueWarning[]>();
  if (listed.length === 0) return result;
  const sections = await db.submissionSection.findMany({ where: { submissionId: { in: listed.map((l) => l.id) } }, select: { submissionId: true, key: true, data: true } });
  const documents = new Map<string, Record<string, unknown>>();
  for (const s of sections) documents.set(s.submissionId, { ...documents.get(s.submissionId), [s.key]: s.data });
  await Promise.all(
    listed.map(async (item) => {
      const kindServer = await kindServerFor(item.kind);
      const document = documents.get(item.id) ?? {};
      const context = await kindServer.loadContext(db, item);
      const { warnings } = kindServer.definition.check(document, context);
      const stored = document[EXPLANATIONS_SECTION];
      const explanations = stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
      result.set(
        item.id,
        warnings.map((w) => {
          const text = explanations[warningKey(w)];
          return { message: w.message, explanation: typeof text === "string" ? text.trim() : "" };
        }),
      );
    }),
  );
  return result;
}
