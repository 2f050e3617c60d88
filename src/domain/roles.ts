// The portal's roles. Prisma's Role enum mirrors this list; tests/domain/roles.test.ts keeps them equal.

export const LA_ROLES = ["LA_CONTRIBUTOR", "COMMISSIONING_LEAD", "ACCOUNTABLE_LEAD", "FINANCE_OFFICER"] as const;
export const DEPARTMENT_ROLES = ["DEPARTMENT_REVIEWER", "DEPARTMENT_ADMIN"] as const;
export const REGIONAL_ROLES = ["REGIONAL_ADVISER"] as const;
export const ROLES = [...LA_ROLES, ...DEPARTMENT_ROLES, ...REGIONAL_ROLES] as const;

export type LaRole = (typeof LA_ROLES)[number];
export type DepartmentRole = (typeof DEPARTMENT_ROLES)[number];
export type RoleName = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleName, string> = {
  LA_CONTRIBUTOR: "Contributor",
  COMMISSIONING_LEAD: "Commissioning lead",
  ACCOUNTABLE_LEAD: "Single accountable lead",
  FINANCE_OFFICER: "Finance officer",
  DEPARTMENT_REVIEWER: "Department reviewer",
  DEPARTMENT_ADMIN: "Department administrator",
  REGIONAL_ADVISER: "Regional adviser",
};

export function isLaRole(role: RoleName): role is LaRole {
  return (LA_ROLES as readonly string[]).includes(role);
}

export function isDepartmentRole(role: RoleName): role is DepartmentRole {
  return (DEPARTMENT_ROLES as readonly string[]).includes(role);
}

/** The nine English regions used by the programme's regional teams. */
export const REGIONS = [
  "East Midlands",
  "East of England",
  "London",
  "North East",
  "North West",
  "South East",
  "South West",
  "West Midlands",
  "Yorkshire and the Humber",
] as const;
export type Region = (typeof REGIONS)[number];

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}
