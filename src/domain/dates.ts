// London calendar dates and times. Deadlines are London dates; timestamps are stored in UTC.

const LONDON = "Europe/London";

/** The London calendar date of an instant, as YYYY-MM-DD. */
export function londonDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: LONDON, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
  return parts;
}

/** "2:05pm" style London time, as GOV.UK writes times. */
export function formatLondonTime(instant: Date): string {
  const text = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, hour: "numeric", minute: "2-digit", hour12: true }).format(instant);
  return text.replace(/\s/g, "").toLowerCase();
}

/** "1 April 2025" from an ISO date (YYYY-MM-DD). */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "1 April 2025 at 2:05pm" for a stored instant. */
export function formatDateTime(instant: Date): string {
  return `${formatDate(londonDate(instant))} at ${formatLondonTime(instant)}`;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
