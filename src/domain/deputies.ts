import type { RoleName } from "./roles";

// Who may sign on the single accountable lead's behalf. The guide names only "the single accountable lead";
// deputies are the portal's answer to their absence (issue 4), so these rules are ours, kept in one place.

export interface Person {
  role: RoleName;
  deactivatedAt: Date | null;
}

/** A colleague still at the LA who does not sign in their own right. */
export function mayBeDeputy(person: Person): boolean {
  return person.deactivatedAt === null && person.role !== "ACCOUNTABLE_LEAD";
}

/** A nomination lets its deputy sign while both the deputy and the accountable lead who nominated them remain. */
export function nominationStands(deputy: Person | undefined, nominator: Person | undefined): boolean {
  return deputy !== undefined && mayBeDeputy(deputy) && nominator?.deactivatedAt === null && nominator.role === "ACCOUNTABLE_LEAD";
}
