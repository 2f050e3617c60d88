import { TRAILBLAZER_STRANDS } from "@/catalogue/cohorts";
import { fullPlanDocument } from "@/domain/plan/demo-plans";
import type { Actor } from "@/domain/permissions";
import { createApiToken } from "@/server/api-tokens/manage-api-tokens";
import { hashPassword } from "@/server/auth/password";
import type { Db } from "@/server/db/client";
import { DEMO_PASSWORD } from "@/server/db/demo-users";
import { planKindServer, PLAN_PERIOD_KEY } from "@/server/plans/plan-kind";
import { findLatestRevision, loadSubmission } from "@/server/submissions/load-submission";
import { approveSubmission } from "@/server/submissions/review-submission";
import { saveSection } from "@/server/submissions/save-section";
import { sendForSignOff } from "@/server/submissions/send-for-sign-off";
import { signSubmission, snapshotOf } from "@/server/submissions/sign-submission";
import { startSubmission } from "@/server/submissions/start-submission";
import { mapLimit } from "./limit";

// The load's data, made directly through the server code against the throwaway database (never over
// HTTP): three users per LA (commissioning lead, contributor, accountable lead) with the demo password,
// an API token per LA created by its lead, and every LA's delivery plan driven to APPROVED through the
// engine, so the 2023-24-Q4 delivery return is owed and its window open on the demo date (2024-01-20).

export interface LoadUser {
  email: string;
  actor: Actor;
}

export interface LoadLa {
  gssCode: string;
  name: string;
  lead: LoadUser;
  contributor: LoadUser;
  accountable: LoadUser;
  token: string;
}

const ACTOR_SELECT = { id: true, name: true, email: true, role: true, localAuthorityGss: true, region: true } as const;

/** Plan dates inside the programme: approved before the demo date, so the Q4 return (due 2024-01-31) is owed. */
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

async function actorByEmail(db: Db, email: string): Promise<Actor> {
  return db.user.findUniqueOrThrow({ where: { email }, select: ACTOR_SELECT });
}

/** Whatever state the demo seed left the plan in, takes it on through the engine to APPROVED. */
async function approvePlan(db: Db, la: { gssCode: string; name: string; isTrailblazer: boolean }, team: { lead: Actor; accountable: Actor; reviewer: Actor }): Promise<void> {
  const document = fullPlanDocument({ name: la.name, isTrailblazer: la.isTrailblazer, trailblazerStrands: la.isTrailblazer ? [...TRAILBLAZER_STRANDS] : [] });
  for (let step = 0; step < 6; step++) {
    const plan = await findLatestRevision({ db, actor: team.reviewer, kind: "PLAN", localAuthorityGss: la.gssCode, periodKey: PLAN_PERIOD_KEY });
    if (!plan) {
      await startSubmission({ db, actor: team.lead, kindServer: planKindServer, localAuthorityGss: la.gssCode, periodKey: PLAN_PERIOD_KEY, initialDocument: document });
      continue;
    }
    switch (plan.status) {
      case "APPROVED":
        return;
      case "DRAFT": {
        // A demo draft (with errors, or a returned revision): make every section the complete plan's.
        for (const [key, data] of Object.entries(document)) {
          const stored = plan.sections.find((s) => s.key === key);
          if (stored && JSON.stringify(stored.data) === JSON.stringify(data)) continue;
          const saved = await saveSection({ db, actor: team.lead, kindServer: planKindServer, submissionId: plan.id, sectionKey: key, input: data, expectedVersion: stored?.version ?? 0 });
          if (saved.status !== "saved") throw new Error(`${la.name}: saving plan section ${key} gave ${JSON.stringify(saved)}`);
        }
        const current = await loadSubmission({ db, actor: team.lead, id: plan.id });
        await sendForSignOff({ db, actor: team.lead, kindServer: planKindServer, submissionId: plan.id, expectedVersion: current.version, now: at("2024-01-15") });
        break;
      }
      case "AWAITING_SIGN_OFF":
        await signSubmission({ db, actor: team.accountable, kindServer: planKindServer, submissionId: plan.id, expectedVersion: plan.version, reviewedSha256: snapshotOf(plan).sha256, now: at("2024-01-16") });
        break;
      case "SUBMITTED":
        await approveSubmission({ db, actor: team.reviewer, kindServer: planKindServer, submissionId: plan.id, expectedVersion: plan.version, now: at("2024-01-18") });
        break;
      case "RETURNED":
        throw new Error(`${la.name}: the latest plan revision is RETURNED, which the engine never leaves as the latest`);
    }
  }
  throw new Error(`${la.name}: the plan did not reach APPROVED`);
}

export async function prepareLoadData(db: Db, { concurrency = 6 }: { concurrency?: number } = {}): Promise<{ las: LoadLa[]; reviewerEmail: string }> {
  const authorities = await db.localAuthority.findMany({ select: { gssCode: true, name: true, isTrailblazer: true, region: true }, orderBy: { gssCode: "asc" } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const roles = [
    { key: "lead", role: "COMMISSIONING_LEAD" },
    { key: "contributor", role: "LA_CONTRIBUTOR" },
    { key: "accountable", role: "ACCOUNTABLE_LEAD" },
  ] as const;
  const emailOf = (gss: string, key: string) => `${key}@${gss.toLowerCase()}.load.example.gov.uk`;
  await db.user.createMany({
    data: authorities.flatMap((la) => roles.map(({ key, role }) => ({ email: emailOf(la.gssCode, key), name: `Load ${key} (${la.name})`, role, localAuthorityGss: la.gssCode, passwordHash }))),
    skipDuplicates: true,
  });
  const reviewerEmail = "reviewer@education.example.gov.uk";
  const reviewer = await actorByEmail(db, reviewerEmail);

  const las = await mapLimit(authorities, concurrency, async (la) => {
    const [lead, contributor, accountable] = await Promise.all(roles.map(({ key }) => actorByEmail(db, emailOf(la.gssCode, key))));
    if (!lead || !contributor || !accountable) throw new Error(`${la.name}: load users missing`);
    await approvePlan(db, la, { lead, accountable, reviewer });
    const { secret } = await createApiToken({ db, actor: lead, localAuthorityGss: la.gssCode, name: "Load test MI system" });
    return {
      gssCode: la.gssCode,
      name: la.name,
      lead: { email: lead.email, actor: lead },
      contributor: { email: contributor.email, actor: contributor },
      accountable: { email: accountable.email, actor: accountable },
      token: secret,
    } satisfies LoadLa;
  });
  return { las, reviewerEmail };
}
