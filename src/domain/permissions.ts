import { isDepartmentRole, isLaRole, type RoleName } from "./roles";

// The one table of who may do what. Pages, server actions and API routes all ask `can`.

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: RoleName;
  /** The actor's local authority, for LA roles. */
  localAuthorityGss: string | null;
  /** The actor's region, for regional advisers. */
  region: string | null;
}

/** Anything that belongs to one local authority. */
export interface LaResource {
  localAuthorityGss: string;
  region: string;
}

const ALL_LA = ["LA_CONTRIBUTOR", "COMMISSIONING_LEAD", "ACCOUNTABLE_LEAD", "FINANCE_OFFICER"] as const;
const DEPARTMENT = ["DEPARTMENT_REVIEWER", "DEPARTMENT_ADMIN"] as const;
const READERS = [...ALL_LA, ...DEPARTMENT, "REGIONAL_ADVISER"] as const;

export const PERMISSIONS = {
  "la.view": READERS,
  "la.list": [...DEPARTMENT, "REGIONAL_ADVISER"],
  "catalogue.view": READERS,
  "plan.edit": ["LA_CONTRIBUTOR", "COMMISSIONING_LEAD"],
  "plan.sendForSignOff": ["COMMISSIONING_LEAD"],
  "plan.signOff": ["ACCOUNTABLE_LEAD"],
  "plan.review": DEPARTMENT,
  "return.edit": ["LA_CONTRIBUTOR", "COMMISSIONING_LEAD"],
  "return.sendForSignOff": ["COMMISSIONING_LEAD"],
  "return.signOff": ["ACCOUNTABLE_LEAD"],
  "return.review": DEPARTMENT,
  "grant.edit": ["FINANCE_OFFICER", "COMMISSIONING_LEAD"],
  "grant.signOff": ["FINANCE_OFFICER"],
  "grant.review": DEPARTMENT,
  "signup.edit": ["LA_CONTRIBUTOR", "COMMISSIONING_LEAD"],
  "signup.submit": ["COMMISSIONING_LEAD"],
  "signup.signOff": ["ACCOUNTABLE_LEAD"],
  "signup.review": DEPARTMENT,
  "apiTokens.manage": ["COMMISSIONING_LEAD"],
  "deputies.manage": ["ACCOUNTABLE_LEAD"],
  "users.manage": ["DEPARTMENT_ADMIN"],
  "deadlines.extend": ["DEPARTMENT_ADMIN"],
  "allocations.manage": ["DEPARTMENT_ADMIN"],
  "cohorts.manage": ["DEPARTMENT_ADMIN"],
  "outbox.view": ["DEPARTMENT_ADMIN"],
  "dashboard.view": [...DEPARTMENT, "REGIONAL_ADVISER"],
} as const satisfies Record<string, readonly RoleName[]>;

export type Action = keyof typeof PERMISSIONS;

/** Whether the actor's reach covers this local authority's data. */
export function coversLocalAuthority(actor: Actor, resource: LaResource): boolean {
  if (isDepartmentRole(actor.role)) return true;
  if (isLaRole(actor.role)) return actor.localAuthorityGss !== null && actor.localAuthorityGss === resource.localAuthorityGss;
  return actor.region !== null && actor.region === resource.region;
}

export function can(actor: Actor, action: Action, resource?: LaResource): boolean {
  const roles: readonly RoleName[] = PERMISSIONS[action];
  if (!roles.includes(actor.role)) return false;
  return resource ? coversLocalAuthority(actor, resource) : true;
}
