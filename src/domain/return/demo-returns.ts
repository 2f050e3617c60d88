import { periodById, reportingPeriods } from "@/catalogue/calendar";
import { expectationsFor, findExpectation } from "@/catalogue/lookup";
import type { SubmissionDocument } from "@/domain/submissions/types";
import type { TReturnRisks } from "@/schemas/return/risks";
import type { ServiceRecord } from "@/schemas/return/metric-value";
import { readReturnDocument, RETURN_SCHEMAS, type PlanMilestone, type ReturnSectionKey } from "./sections";

// Demo delivery returns for the seed: complete, consistent documents with no errors and no warnings.
// Figures grow by at most 5% a quarter, so consecutive demo returns never trip the large-change warning.

const SERVICES: ServiceRecord[] = [
  {
    name: "Baby feeding café",
    "age-from-years": 0,
    "age-to-years": 2,
    antenatal: true,
    location: "Northgate Family Hub",
    "date-opened": "2023-02-01",
    "opening-hours-per-week": 6,
    "physical-access-types": ["walk-in", "pre-booked-group"],
    "virtual-access-types": ["telephone"],
    "commissioning-route": "commissioned",
    "located-in-family-hub": true,
    "shares-workforce": true,
  },
  {
    name: "Parenting programme (Incredible Years)",
    "age-from-years": 0,
    "age-to-years": 12,
    antenatal: false,
    location: "Riverside Family Hub",
    "date-opened": "2023-04-17",
    "opening-hours-per-week": 10,
    "physical-access-types": ["pre-booked-group"],
    "virtual-access-types": ["video-group"],
    "commissioning-route": "local-authority-direct",
    "located-in-family-hub": true,
    "shares-workforce": false,
  },
  {
    name: "Perinatal mental health outreach",
    "age-from-years": 0,
    "age-to-years": 2,
    antenatal: true,
    location: "Home visits across the borough",
    "date-opened": "2023-06-05",
    "opening-hours-per-week": 37.5,
    "physical-access-types": ["home-visit", "pre-booked-one-to-one"],
    "virtual-access-types": ["telephone", "video-one-to-one"],
    "commissioning-route": "voluntary-community-sector-led",
    "located-in-family-hub": false,
    "shares-workforce": true,
  },
];

/** Splits a total into whole numbers in proportion to the weights, adding up exactly. */
function split(total: number, weights: Record<string, number>): Record<string, number> {
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  const entries = Object.entries(weights);
  const parts: Record<string, number> = {};
  let given = 0;
  entries.forEach(([key, weight], i) => {
    const part = i === entries.length - 1 ? total - given : Math.floor((total * weight) / sum);
    parts[key] = part;
    given += part;
  });
  return parts;
}

function demoMetrics(k: number, includesAnnual: boolean): Record<string, unknown> {
  const grow = (n: number) => Math.round((n * (20 + k)) / 20);
  const staff = grow(60);
  const parents = grow(1200);
  const members = 12;
  const metrics: Record<string, unknown> = {
    "family-hubs.workforce.staff-count": staff,
    "family-hubs.workforce.staff-by-profession": split(staff, { midwife: 4, "health-visitor": 10, "family-support-worker": 20, "early-years-practitioner": 14, other: 12 }),
    "family-hubs.workforce.staff-turnover": 4,
    "family-hubs.workforce.maturity": "Core team in post with monthly group supervision; gaps in speech and language skills are being filled.",
    "family-hubs.workforce.staff-trained": grow(25),
    "family-hubs.workforce.cpd-hours": grow(300),
    "family-hubs.reach.families-accessing-family-hubs": grow(900),
    "family-hubs.reach.families-accessing-family-hubs-percent": 12,
    "family-hubs.reach.families-accessing-start-for-life-website": grow(2500),
    "family-hubs.reach.parents-carers-accessing-services": parents,
    "family-hubs.reach.parents-carers-by-gender": split(parents, { female: 70, male: 25, "another-gender": 1, "not-known": 4 }),
    "family-hubs.reach.parents-carers-by-deprivation": split(parents, {
      "imd-quintile-1": 30,
      "imd-quintile-2": 25,
      "imd-quintile-3": 20,
      "imd-quintile-4": 12,
      "imd-quintile-5": 8,
      "not-known": 5,
    }),
    "family-hubs.reach.parents-carers-by-ethnicity": split(parents, { asian: 15, black: 8, mixed: 5, white: 65, other: 3, "not-known": 4 }),
    "family-hubs.reach.average-waiting-time-days": 9,
    "infant-feeding.breastfeeding-initiation": 74,
    "infant-feeding.breastfeeding-any-10-14-days": 65,
    "infant-feeding.breastfeeding-exclusive-10-14-days": 45,
    "infant-feeding.breastfeeding-any-6-8-weeks": 50,
    "infant-feeding.breastfeeding-exclusive-6-8-weeks": 32,
    "infant-feeding.mothers-partners-accessing-support": grow(400),
    "start-for-life-offer.published": true,
    "start-for-life-offer.promoted-to-parents": true,
    "start-for-life-offer.promotion-methods": ["single-online-space", "hard-copy-before-birth", "family-hub-staff"],
    "parent-carer-panels.established": true,
    "parent-carer-panels.meetings-per-year": 8,
    "parent-carer-panels.members": members,
    "perinatal-mental-health.pmh-assessed-before": grow(80),
    "perinatal-mental-health.pmh-assessed-before-and-after": grow(60),
    "perinatal-mental-health.pmh-improved": grow(40),
    "perinatal-mental-health.pir-assessed-before": grow(50),
    "perinatal-mental-health.pir-assessed-before-and-after": grow(40),
    "perinatal-mental-health.pir-improved": grow(28),
    "parenting.programmes-purchased": 4,
    "parenting.programme-types": "Incredible Years; Triple P Baby; Solihull Approach online",
    "parenting.workforce-hired": 6,
    "parenting.workforce-trained": grow(20),
    "parenting.parents-supported": grow(320),
    "early-language.programmes-purchased": 2,
    "early-language.programme-types": "Chatter Matters; Let's Talk with Your Baby",
    "early-language.workforce-hired": 3,
    "early-language.workforce-trained": grow(30),
    "early-language.parents-supported": grow(210),
    "early-language.children-supported": grow(260),
  };
  if (includesAnnual) {
    Object.assign(metrics, {
      "family-hubs.workforce.multi-agency-knowledge-sharing": "Quarterly multi-agency learning sessions with health visiting, midwifery and early help.",
      "family-hubs.workforce.training-impact": "Staff surveyed after training report more confidence in discussing perinatal mental health.",
      "parent-carer-panels.members-by-type": split(members, { "expectant-parent": 3, "parent-under-two": 6, "parent-recent-user-over-two": 2, other: 1 }),
      "parent-carer-panels.members-by-gender": split(members, { female: 8, male: 3, "another-gender": 0, "not-known": 1 }),
      "parent-carer-panels.members-by-deprivation": split(members, {
        "imd-quintile-1": 4,
        "imd-quintile-2": 3,
        "imd-quintile-3": 2,
        "imd-quintile-4": 2,
        "imd-quintile-5": 1,
        "not-known": 0,
      }),
      "parent-carer-panels.members-by-ethnicity": split(members, { asian: 2, black: 2, mixed: 1, white: 6, other: 1, "not-known": 0 }),
    });
  }
  return metrics;
}

/** A stable number from 0 to 8 per expectation, to stagger when demo expectations become met. */
function stagger(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 9973;
  return h % 9;
}

/** A complete, valid delivery return for the period. With `previous`, it continues that return (same risks, no regressions). */
export function buildDemoReturn({
  periodId,
  planMilestones,
  previous,
  includesAnnualQuestions,
  planExpectationIds,
}: {
  periodId: string;
  planMilestones: readonly PlanMilestone[];
  previous?: SubmissionDocument;
  includesAnnualQuestions?: boolean;
  planExpectationIds?: readonly string[];
}): SubmissionDocument {
  const period = periodById(periodId);
  if (!period) throw new Error(`Unknown reporting period: ${periodId}`);
  const annual = includesAnnualQuestions ?? period.annualQualitative;
  const k = Math.max(0, reportingPeriods({ includeExtension: true }).findIndex((p) => p.id === periodId));
  const last = readReturnDocument(previous);

  const milestones = Object.fromEntries(
    planMilestones.map((m) => {
      const done = m.plannedDate <= period.covers.to || last.milestones?.milestones[m.id]?.status === "complete";
      return [m.id, done ? { status: "complete", commentary: "Delivered as planned." } : { status: "on-track" }];
    }),
  );

  const ids = planExpectationIds ?? expectationsFor({ kind: "minimum" }).map((e) => e.id);
  const expectations = Object.fromEntries(
    ids.map((id) => {
      const deadline = findExpectation(id)?.deadline;
      const met = (deadline !== null && deadline !== undefined && deadline <= period.covers.to) || stagger(id) < k || last["minimum-expectations"]?.expectations[id]?.progress === "met";
      return [id, met ? { progress: "met", evidence: "Confirmed at the quarterly programme board; evidence held by the programme team." } : { progress: "in-progress", evidence: "Work under way as set out in the plan." }];
    }),
  );

  const ownRisks: TReturnRisks["risks"] = [
    {
      id: "demo-risk-recruitment",
      title: "Recruitment of specialist perinatal staff",
      description: "A national shortage of perinatal mental health practitioners may delay the outreach service.",
      strand: "perinatal-mental-health",
      likelihood: 3,
      impact: 4,
      rating: "amber",
      mitigation: "Joint recruitment with the NHS trust and a grow-your-own training route.",
      owner: "Head of Early Help",
      status: "open",
      closedReason: undefined,
    },
    {
      id: "demo-risk-estates",
      title: "Hub building works",
      description: "Capital works at Riverside could overrun.",
      strand: "family-hubs",
      likelihood: 2,
      impact: 3,
      rating: "green",
      mitigation: "Fortnightly contractor meetings.",
      owner: "Estates manager",
      status: k >= 3 ? "closed" : "open",
      closedReason: k >= 3 ? "Works completed in time." : undefined,
    },
  ];
  const carried = (last.risks?.risks ?? []).filter((r) => r.status === "open" && !ownRisks.some((o) => o.id === r.id));

  const document: Record<ReturnSectionKey, unknown> = {
    milestones: { milestones },
    "minimum-expectations": { expectations },
    risks: { risks: [...ownRisks, ...carried] },
    successes: {
      successes: [
        {
          title: "Baby feeding café run with the Parent and Carer Panel",
          description: "Panel members co-designed the café; attendance doubled in its first quarter and peer supporters now run two sessions a week.",
          strand: "infant-feeding",
          shareWithOtherAreas: true,
        },
      ],
      nothingToReport: false,
    },
    "annual-questions": annual
      ? {
          serviceImprovements: "Waiting times for first contact fell after a single front door was introduced at each hub.",
          jointWorking: "Health visiting, midwifery and the voluntary sector share a weekly allocation meeting and a joint training plan.",
        }
      : undefined,
    services: { services: SERVICES },
    metrics: { metrics: demoMetrics(k, annual) },
  };
  // Stored documents are what the schemas output, as JSON.
  const parsed: SubmissionDocument = {};
  for (const [key, value] of Object.entries(document) as [ReturnSectionKey, unknown][]) {
    if (value !== undefined) parsed[key] = RETURN_SCHEMAS[key].parse(value);
  }
  return JSON.parse(JSON.stringify(parsed)) as SubmissionDocument;
}
