import "server-only";
import { env, isDemoMode } from "./env";

// The programme ran from 2022 to 2025 (2026 with the extension year). A demo or test run
// today would find every deadline long past, so in demo mode the programme calendar can be
// set to a date inside the programme. Real deployments always use the real clock.

/** The date a demo runs on unless PORTAL_DATE says otherwise: the January 2024 return window is open. */
export const DEMO_PROGRAMME_DATE = "2024-01-20";

const configured = isDemoMode ? (env.PORTAL_DATE ?? DEMO_PROGRAMME_DATE) : undefined;

/**
 * The current instant on the programme calendar. Real time, or in demo mode the configured
 * date at the current time of day, so deadlines, lateness and submission times agree.
 */
export function programmeNow(real: Date = new Date()): Date {
  if (!configured) return real;
  const [y, m, d] = configured.split("-").map(Number) as [number, number, number];
  const shifted = new Date(real);
  shifted.setUTCFullYear(y, m - 1, d);
  return shifted;
}

export function isProgrammeClockShifted(): boolean {
  return configured !== undefined;
}
