import type { Db } from "@/server/db/client";
import type { WriteClaim } from "./deadline-load";

// What must hold in the database after the load, whatever the timing was:
//  - every write the portal accepted (200/303) is there, with its audit event and the version it claimed;
//  - every section change has exactly one audit event and vice versa (nothing half-applied): a section's
//    `section.saved` versions run without gaps or repeats up to the section's version;
//  - a submission's version counter is 1 + its transition events;
//  - no return is in an impossible state: one latest revision per LA and period (older ones RETURNED);
//    SUBMITTED/APPROVED with submittedAt, sentForSignOffAt and a SIGNED SignOff carrying a SHA-256;
//    AWAITING_SIGN_OFF with sentForSignOffAt and not submitted; RETURNED with decidedAt.

export interface Violation {
  gssCode: string;
  rule: string;
  detail: string;
}

const TRANSITION_ACTIONS = ["sendForSignOff", "withdraw", "declineSignOff", "signOff", "approve", "returnForChanges"].map((n) => `submission.${n}`);
const SHA256 = /^[0-9a-f]{64}$/;

interface SavedEvent {
  subjectId: string;
  actorId: string | null;
  sectionKey: string;
  version: number;
}

function savedEventOf(e: { subjectId: string; actorId: string | null; data: unknown }): SavedEvent | null {
  const data = e.data as { sectionKey?: unknown; version?: unknown } | null;
  if (!data || typeof data.sectionKey !== "string" || typeof data.version !== "number") return null;
  return { subjectId: e.subjectId, actorId: e.actorId, sectionKey: data.sectionKey, version: data.version };
}

/**
 * Checks the returns of `gssCodes` for `periodKey`. `claims` are the writes made over HTTP in one
 * phase against one revision; `ambiguousPuts` counts, per LA, API writes that got a 5xx or no answer
 * (the commit may or may not have happened: they may add at most that many saves nobody was told of).
 */
export async function checkReturns({
  db,
  periodKey,
  gssCodes,
  claims,
  revision,
  ambiguousWrites = new Map(),
}: {
  db: Db;
  periodKey: string;
  gssCodes: string[];
  claims: WriteClaim[];
  revision: number;
  ambiguousWrites?: Map<string, number>;
}): Promise<{ violations: Violation[]; checkedSubmissions: number; checkedEvents: number }> {
  const violations: Violation[] = [];
  const fail = (gssCode: string, rule: string, detail: string) => violations.push({ gssCode, rule, detail });

  const submissions = await db.submission.findMany({
    where: { kind: "DELIVERY_RETURN", periodKey, localAuthorityGss: { in: gssCodes } },
    select: {
      id: true,
      localAuthorityGss: true,
      revision: true,
      status: true,
      version: true,
      sentForSignOffAt: true,
      submittedAt: true,
      decidedAt: true,
      sections: { select: { key: true, version: true } },
      signOffs: { select: { decision: true, snapshotSha256: true, signerId: true } },
    },
    orderBy: [{ localAuthorityGss: "asc" }, { revision: "asc" }],
  });
  const ids = submissions.map((s) => s.id);
  const events = ids.length ? await db.auditEvent.findMany({ where: { subjectType: "submission", subjectId: { in: ids } }, select: { subjectId: true, actorId: true, action: true, data: true } }) : [];

  for (const gss of gssCodes) {
    const revisions = submissions.filter((s) => s.localAuthorityGss === gss);
    if (revisions.length === 0) {
      fail(gss, "return exists", `no ${periodKey} return`);
      continue;
    }
    const latest = revisions.at(-1);
    revisions.forEach((s, i) => {
      if (s.revision !== i + 1) fail(gss, "revisions", `revisions ${revisions.map((r) => r.revision).join(",")} are not 1..n`);
      if (s !== latest && s.status !== "RETURNED") fail(gss, "one latest revision", `revision ${s.revision} is ${s.status} but is not the latest`);
    });

    for (const s of revisions) {
      const own = events.filter((e) => e.subjectId === s.id);
      const signed = s.signOffs.filter((o) => o.decision === "SIGNED");
      if (s.status === "SUBMITTED" || s.status === "APPROVED") {
        if (!s.submittedAt || !s.sentForSignOffAt) fail(gss, "submitted dates", `${s.status} revision ${s.revision} lacks submittedAt or sentForSignOffAt`);
        if (!signed.some((o) => o.snapshotSha256 && SHA256.test(o.snapshotSha256))) fail(gss, "signed with SHA-256", `${s.status} revision ${s.revision} has no SIGNED sign-off with a SHA-256`);
      }
      if (s.status === "AWAITING_SIGN_OFF" && (!s.sentForSignOffAt || s.submittedAt)) fail(gss, "awaiting sign-off", `revision ${s.revision}: sentForSignOffAt ${String(s.sentForSignOffAt)}, submittedAt ${String(s.submittedAt)}`);
      if (s.status === "DRAFT" && s.submittedAt) fail(gss, "draft not submitted", `DRAFT revision ${s.revision} has submittedAt`);
      if (s.status === "RETURNED" && !s.decidedAt) fail(gss, "returned decided", `RETURNED revision ${s.revision} lacks decidedAt`);
      const signEvents = own.filter((e) => e.action === "submission.signOff").length;
      if (signed.length !== signEvents) fail(gss, "sign-off audited", `revision ${s.revision}: ${signed.length} SIGNED rows, ${signEvents} signOff events`);

      const opened = own.filter((e) => e.action === (s.revision === 1 ? "delivery_return.started" : "submission.revision-opened")).length;
      if (opened !== 1) fail(gss, "start audited", `revision ${s.revision} has ${opened} start events`);
      const transitions = own.filter((e) => TRANSITION_ACTIONS.includes(e.action)).length;
      if (s.version !== 1 + transitions) fail(gss, "version counter", `revision ${s.revision} version ${s.version} but ${transitions} transition events`);

      const saved = own.filter((e) => e.action === "section.saved").map(savedEventOf);
      if (saved.some((e) => e === null)) fail(gss, "audit shape", `revision ${s.revision} has a section.saved event without sectionKey/version`);
      const keys = new Set([...s.sections.map((x) => x.key), ...saved.flatMap((e) => (e ? [e.sectionKey] : []))]);
      for (const key of keys) {
        const section = s.sections.find((x) => x.key === key);
        const versions = saved.flatMap((e) => (e && e.sectionKey === key ? [e.version] : [])).sort((a, b) => a - b);
        if (!section) {
          fail(gss, "event without change", `revision ${s.revision}: ${versions.length} saves of "${key}" audited but the section does not exist`);
          continue;
        }
        // Created by a save (versions 1..n) or copied/prefilled at the start (version 1, then 2..n).
        const base = section.version - versions.length;
        const contiguous = versions.every((v, i) => v === base + 1 + i);
        if (!contiguous || base < 0 || base > 1) fail(gss, "section audited", `revision ${s.revision} "${key}": version ${section.version}, saved events ${versions.join(",") || "none"}`);
      }
    }

    // Claims against the revision they were made on.
    const target = revisions.find((s) => s.revision === revision);
    const mine = claims.filter((c) => c.gssCode === gss);
    if (!target) {
      if (mine.some((c) => c.accepted)) fail(gss, "accepted writes stored", `writes were accepted but revision ${revision} does not exist`);
      continue;
    }
    const targetEvents = events.filter((e) => e.subjectId === target.id);
    const metricSaves = targetEvents.filter((e) => e.action === "section.saved").map(savedEventOf).filter((e): e is SavedEvent => e?.sectionKey === "metrics");
    for (const c of mine.filter((x) => x.accepted)) {
      if (c.what === "api-put" || c.what === "form-save") {
        const found = metricSaves.some((e) => e.version === c.version && e.actorId === c.actorId);
        if (!found) fail(gss, "accepted write stored", `${c.what} answered ${c.status} at version ${c.version}, but no section.saved event by that user at that version`);
      }
      if (c.what === "send" && !targetEvents.some((e) => e.action === "submission.sendForSignOff" && e.actorId === c.actorId)) fail(gss, "accepted write stored", "send for sign-off answered 303 but is not audited");
      if (c.what === "sign" && !(target.signOffs.some((o) => o.decision === "SIGNED" && o.signerId === c.actorId) && targetEvents.some((e) => e.action === "submission.signOff" && e.actorId === c.actorId))) {
        fail(gss, "accepted write stored", "sign answered 303 but there is no SignOff row and signOff event by the signer");
      }
    }
    const acceptedSaves = mine.filter((c) => c.accepted && (c.what === "api-put" || c.what === "form-save")).length;
    const unexplained = metricSaves.length - acceptedSaves;
    if (unexplained < 0 || unexplained > (ambiguousWrites.get(gss) ?? 0)) {
      fail(gss, "only accepted writes stored", `${metricSaves.length} metrics saves audited, ${acceptedSaves} accepted, ${ambiguousWrites.get(gss) ?? 0} unanswered or 5xx`);
    }
  }
  return { violations, checkedSubmissions: submissions.length, checkedEvents: events.length };
}
