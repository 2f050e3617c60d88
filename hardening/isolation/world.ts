import { randomBytes } from "node:crypto";
import { reportingPeriods } from "@/catalogue/calendar";
import type { Actor } from "@/domain/permissions";
import type { SubmissionKind } from "@/domain/submissions/types";
import { LA_ROLES } from "@/domain/roles";
import { createApiToken } from "@/server/api-tokens/manage-api-tokens";
import { nominateDeputy } from "@/server/deputies/manage-deputies";
import { programmeNow } from "@/server/clock";
import type { Db } from "@/server/db/client";
import { grantKindServer } from "@/server/grants/grant-kind";
import { grantStatementPeriods } from "@/catalogue/calendar";
import { returnKindServer } from "@/server/returns/return-kind";
import { SIGN_UP_PERIOD, signUpKindServer } from "@/server/sign-up/sign-up-kind";
import { startSubmission } from "@/server/submissions/start-submission";
import { actorByEmail, DEMO } from "../support/demo";

// Who attacks whom. Every demo LA's records are victims of every actor whose reach does not cover them:
// the four LA roles of Barnsley attack every other LA; the North West adviser attacks every LA outside
// the North West; a visitor with no session attacks everyone. Bolton and Barnsley also get a draft of
// every kind (sign-up, return, grant statement) and an API token, so every action has a live target.

export interface VictimSubmission {
  id: string;
  kind: SubmissionKind;
  status: string;
  version: number;
  periodKey: string;
  localAuthorityGss: string;
  sectionVersions: Record<string, number>;
}

export interface Victim {
  gssCode: string;
  name: string;
  region: string;
  submissions: VictimSubmission[];
  apiTokenIds: string[];
  /** The LA's people who could be nominated as a deputy. */
  userIds: string[];
  deputyNominationIds: string[];
  /** The return period open on the programme date. */
  openPeriodId: string;
  grantPeriodId: string;
}

export interface Attacker {
  label: string;
  actor: Actor | null;
  /** The attacker's own LA, for mixed-up ids (own LA code with a victim's record id). */
  ownGss: string | null;
  victims: Victim[];
}

export function openReturnPeriodId(now = programmeNow()): string {
  const today = now.toISOString().slice(0, 10);
  const open = reportingPeriods().find((p) => p.opens <= today && today <= p.due);
  return (open ?? reportingPeriods().filter((p) => p.opens <= today).at(-1) ?? reportingPeriods()[0]!).id;
}

async function addDrafts(db: Db, slug: string, gssCode: string, periodId: string, grantPeriodId: string) {
  const lead = await actorByEmail(db, `lead@${slug}.example.gov.uk`);
  await startSubmission({ db, actor: lead, kindServer: signUpKindServer, localAuthorityGss: gssCode, periodKey: SIGN_UP_PERIOD });
  await startSubmission({ db, actor: lead, kindServer: returnKindServer, localAuthorityGss: gssCode, periodKey: periodId });
  await startSubmission({ db, actor: lead, kindServer: grantKindServer, localAuthorityGss: gssCode, periodKey: grantPeriodId });
  await createApiToken({ db, actor: lead, localAuthorityGss: gssCode, name: `Victim system ${randomBytes(3).toString("hex")}` });
}

export async function buildIsolationWorld(db: Db): Promise<{ attackers: Attacker[]; victims: Victim[] }> {
  const periodId = openReturnPeriodId();
  const grantPeriodId = grantStatementPeriods({ includeExtension: true })[0]!.id;
  await addDrafts(db, DEMO.bolton.slug, DEMO.bolton.gssCode, periodId, grantPeriodId);
  await addDrafts(db, DEMO.barnsley.slug, DEMO.barnsley.gssCode, periodId, grantPeriodId);
  // Bolton's accountable lead has a deputy, so removing one has a live target.
  const boltonAccountable = await actorByEmail(db, `accountable@${DEMO.bolton.slug}.example.gov.uk`);
  const boltonContributor = await actorByEmail(db, `contributor@${DEMO.bolton.slug}.example.gov.uk`);
  await nominateDeputy({ db, actor: boltonAccountable, localAuthorityGss: DEMO.bolton.gssCode, deputyId: boltonContributor.id });

  const demoCodes = Object.values(DEMO).map((d) => d.gssCode);
  const las = await db.localAuthority.findMany({ where: { gssCode: { in: demoCodes } }, orderBy: { gssCode: "asc" } });
  const victims: Victim[] = [];
  for (const la of las) {
    const submissions = await db.submission.findMany({
      where: { localAuthorityGss: la.gssCode },
      select: { id: true, kind: true, status: true, version: true, periodKey: true, localAuthorityGss: true, sections: { select: { key: true, version: true } } },
      orderBy: [{ kind: "asc" }, { periodKey: "asc" }, { revision: "asc" }],
    });
    const tokens = await db.apiToken.findMany({ where: { localAuthorityGss: la.gssCode }, select: { id: true } });
    const deputies = await db.signOffDeputy.findMany({ where: { localAuthorityGss: la.gssCode }, select: { id: true, deputyId: true } });
    // People the LA's own accountable lead could nominate, so only the access check can stop the probe.
    const users = await db.user.findMany({
      where: { localAuthorityGss: la.gssCode, deactivatedAt: null, role: { not: "ACCOUNTABLE_LEAD" }, id: { notIn: deputies.map((d) => d.deputyId) } },
      select: { id: true },
      orderBy: { email: "asc" },
    });
    victims.push({
      gssCode: la.gssCode,
      name: la.name,
      region: la.region,
      submissions: submissions.map(({ sections, ...s }) => ({ ...s, kind: s.kind as SubmissionKind, sectionVersions: Object.fromEntries(sections.map((x) => [x.key, x.version])) })),
      apiTokenIds: tokens.map((t) => t.id),
      userIds: users.map((u) => u.id),
      deputyNominationIds: deputies.map((d) => d.id),
      openPeriodId: periodId,
      grantPeriodId,
    });
  }

  const barnsley = DEMO.barnsley;
  const attackers: Attacker[] = [];
  for (const role of LA_ROLES) {
    const prefix = { LA_CONTRIBUTOR: "contributor", COMMISSIONING_LEAD: "lead", ACCOUNTABLE_LEAD: "accountable", FINANCE_OFFICER: "finance" }[role];
    const actor = await actorByEmail(db, `${prefix}@${barnsley.slug}.example.gov.uk`);
    attackers.push({ label: `${role} of Barnsley`, actor, ownGss: barnsley.gssCode, victims: victims.filter((v) => v.gssCode !== barnsley.gssCode) });
  }
  const adviser = await actorByEmail(db, "adviser.northwest@education.example.gov.uk");
  attackers.push({ label: "REGIONAL_ADVISER of North West", actor: adviser, ownGss: null, victims: victims.filter((v) => v.region !== adviser.region) });
  attackers.push({ label: "signed out", actor: null, ownGss: null, victims });
  return { attackers, victims };
}
