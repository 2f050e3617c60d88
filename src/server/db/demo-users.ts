import type { RoleName } from "@/domain/roles";

// Demo accounts, created only in demo mode. The README lists them; e2e tests sign in as them.

export const DEMO_PASSWORD = "FamilyHubs-demo-2026";

export interface DemoUser {
  email: string;
  name: string;
  role: RoleName;
  localAuthorityGss?: string;
  region?: string;
}

/**
 * Each demo LA shows one state of the delivery plan (see src/server/plans/seed-plans.ts) and
 * is used by one set of end-to-end tests, so tests never trip over each other's data.
 * Blackpool, Cornwall and County Durham are trailblazers.
 */
export const DEMO_LOCAL_AUTHORITIES = {
  blackpool: { gssCode: "E06000009", slug: "blackpool" },
  barnsley: { gssCode: "E08000016", slug: "barnsley" },
  barkingAndDagenham: { gssCode: "E09000002", slug: "barking-dagenham" },
  bolton: { gssCode: "E08000001", slug: "bolton" },
  cornwall: { gssCode: "E06000052", slug: "cornwall" },
  doncaster: { gssCode: "E08000017", slug: "doncaster" },
  durham: { gssCode: "E06000047", slug: "durham" },
  bradford: { gssCode: "E08000032", slug: "bradford" },
} as const;

const LA_ROLE_ACCOUNTS: { role: RoleName; prefix: string; title: string }[] = [
  { role: "LA_CONTRIBUTOR", prefix: "contributor", title: "Contributor" },
  { role: "COMMISSIONING_LEAD", prefix: "lead", title: "Commissioning lead" },
  { role: "ACCOUNTABLE_LEAD", prefix: "accountable", title: "Accountable lead" },
  { role: "FINANCE_OFFICER", prefix: "finance", title: "Finance officer" },
];

export const DEMO_USERS: DemoUser[] = [
  ...Object.values(DEMO_LOCAL_AUTHORITIES).flatMap(({ gssCode, slug }) =>
    LA_ROLE_ACCOUNTS.map(({ role, prefix, title }) => ({
      email: `${prefix}@${slug}.example.gov.uk`,
      name: `${title} (${slug})`,
      role,
      localAuthorityGss: gssCode,
    })),
  ),
  { email: "reviewer@education.example.gov.uk", name: "Department reviewer", role: "DEPARTMENT_REVIEWER" },
  { email: "admin@education.example.gov.uk", name: "Department administrator", role: "DEPARTMENT_ADMIN" },
  { email: "adviser.northwest@education.example.gov.uk", name: "North West regional adviser", role: "REGIONAL_ADVISER", region: "North West" },
];
