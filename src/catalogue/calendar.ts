// The programme calendar: financial years and quarters, reporting periods, statements of grant usage and the
// fixed milestones. All dates are London calendar dates as ISO strings, which compare correctly as strings;
// an instant (a JavaScript Date) becomes a date only through londonDate().
import type { DateWindow, GuideRef, IsoDate } from "./types";

// ---------------------------------------------------------------------------------------------- dates

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so "2023-02-29" is false). */
export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Builds an IsoDate from its parts; month is 1–12. Out-of-range days roll over as in Date.UTC. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` as IsoDate;
}

const LONDON = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date in London at an instant, e.g. 2023-03-31T23:30:00Z is "2023-04-01" (BST). */
export function londonDate(instant: Date): IsoDate {
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((p) => [p.type, p.value]));
  return isoDate(Number(parts.year), Number(parts.month), Number(parts.day));
}

function toDate(date: IsoDate | Date): IsoDate {
  return date instanceof Date ? londonDate(date) : date;
}

/** Negative, zero or positive as a is before, the same as, or after b. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isOnOrBefore(a: IsoDate, b: IsoDate): boolean {
  return a <= b;
}

export function isOnOrAfter(a: IsoDate, b: IsoDate): boolean {
  return a >= b;
}

/** True when the date falls in the window, both ends included. */
export function isWithin(date: IsoDate, window: DateWindow): boolean {
  return window.from <= date && date <= window.to;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number);
  return isoDate(y ?? 0, m ?? 1, (d ?? 1) + days);
}

// ------------------------------------------------------------------------------- years and quarters

export type FinancialYearId = "2022-23" | "2023-24" | "2024-25" | "2025-26";
export type QuarterNumber = 1 | 2 | 3 | 4;
export type QuarterId = `${FinancialYearId}-Q${QuarterNumber}`;

export interface Quarter extends DateWindow {
  id: QuarterId;
  financialYear: FinancialYearId;
  quarter: QuarterNumber;
  /** e.g. "January to March 2023". */
  label: string;
}

export interface FinancialYear extends DateWindow {
  id: FinancialYearId;
  /** GOV.UK style, e.g. "2022 to 2023". */
  label: string;
  /** A year beyond the programme's three funded years; only used when configured. */
  extension: boolean;
  quarters: readonly Quarter[];
}

export interface CalendarOptions {
  /** Include the 2025–26 extension year. Off unless the programme is extended. */
  includeExtension?: boolean;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function financialYear(id: FinancialYearId, extension: boolean): FinancialYear {
  const start = Number(id.slice(0, 4));
  const quarters = ([1, 2, 3, 4] as const).map((quarter): Quarter => {
    const firstMonth = 4 + (quarter - 1) * 3; // 4, 7, 10, 13 (January next year)
    const year = firstMonth > 12 ? start + 1 : start;
    const month = ((firstMonth - 1) % 12) + 1;
    return {
      id: `${id}-Q${quarter}`,
      financialYear: id,
      quarter,
      label: `${MONTHS[month - 1]} to ${MONTHS[month + 1]} ${year}`,
      from: isoDate(year, month, 1),
      to: isoDate(year, month + 3, 0),
    };
  });
  return { id, label: `${start} to ${start + 1}`, extension, from: isoDate(start, 4, 1), to: isoDate(start + 1, 3, 31), quarters };
}

/** The three funded years (Annex P: "2022/23 – 2024/25") and the 2025–26 extension year. */
export const FINANCIAL_YEARS: readonly FinancialYear[] = [
  financialYear("2022-23", false),
  financialYear("2023-24", false),
  financialYear("2024-25", false),
  financialYear("2025-26", true),
];

export function financialYears({ includeExtension = false }: CalendarOptions = {}): readonly FinancialYear[] {
  return FINANCIAL_YEARS.filter((fy) => includeExtension || !fy.extension);
}

export function financialYearOf(date: IsoDate | Date, options: CalendarOptions = {}): FinancialYear | undefined {
  const day = toDate(date);
  return financialYears(options).find((fy) => isWithin(day, fy));
}

export function quarterOf(date: IsoDate | Date, options: CalendarOptions = {}): Quarter | undefined {
  const day = toDate(date);
  return financialYearOf(day, options)?.quarters.find((q) => isWithin(day, q));
}

// ----------------------------------------------------------------------------- reporting periods

const REPORTING_REF: GuideRef = {
  document: "programme-guide",
  heading: "Programme reporting expectations > Programme delivery returns",
};

/** A quarterly programme delivery return, with its MI. */
export interface ReportingPeriod {
  /** The quarter in which the return is collected, e.g. "2022-23-Q4" for January 2023. */
  id: QuarterId;
  financialYear: FinancialYearId;
  label: string;
  /** The quarter the return reports on: the one before the quarter it is collected in. */
  covers: DateWindow;
  opens: IsoDate;
  due: IsoDate;
  /** After this date the return can no longer be submitted or corrected without the department reopening it. */
  locks: IsoDate;
  /** The return that carries the annual qualitative section. */
  annualQualitative: boolean;
  extension: boolean;
}

const LOCK_AFTER_DUE_DAYS = 14;

const FIRST_PERIOD_ID: QuarterId = "2022-23-Q4";

export const REPORTING_SCHEDULE = {
  firstPeriodId: FIRST_PERIOD_ID,
  lockAfterDueDays: LOCK_AFTER_DUE_DAYS,
  guideRef: REPORTING_REF,
  interpretation:
    "The guide says the first return is collected in January 2023 and quarterly after that, and that qualitative " +
    "information is added once a year. Each return is named after the quarter it is collected in (January 2023 is " +
    "quarter 4 of 2022 to 2023) and reports on the quarter before. It opens on the first day of its quarter, is due on " +
    "the last day of that quarter's first month, and locks 14 days later. That gives 9 returns from January 2023 to " +
    "March 2025, the last in January 2025; the extension year adds 4, the first of which reports on January to March " +
    "2025. The annual qualitative section is in the January return, so each financial year, including the first, has one.",
};

function reportingPeriod(quarter: Quarter, extension: boolean): ReportingPeriod {
  const opens = quarter.from;
  const [y, m] = opens.split("-").map(Number);
  const due = isoDate(y ?? 0, (m ?? 1) + 1, 0);
  return {
    id: quarter.id,
    financialYear: quarter.financialYear,
    label: `${MONTHS[(m ?? 1) - 1]} ${y} return`,
    covers: { from: isoDate(y ?? 0, (m ?? 1) - 3, 1), to: addDays(opens, -1) },
    opens,
    due,
    locks: addDays(due, LOCK_AFTER_DUE_DAYS),
    annualQualitative: quarter.quarter === 4,
    extension,
  };
}

const ALL_PERIODS: readonly ReportingPeriod[] = FINANCIAL_YEARS.flatMap((fy) =>
  fy.quarters.filter((q) => q.id >= REPORTING_SCHEDULE.firstPeriodId).map((q) => reportingPeriod(q, fy.extension)),
);

export function reportingPeriods({ includeExtension = false }: CalendarOptions = {}): readonly ReportingPeriod[] {
  return ALL_PERIODS.filter((p) => includeExtension || !p.extension);
}

/** Looks a period up by id, extension periods included: an id names its period whether or not it is in use. */
export function periodById(id: string): ReportingPeriod | undefined {
  return ALL_PERIODS.find((p) => p.id === id);
}

/** The period accepting submissions on a date (opened and not yet locked), if any. */
export function periodOpenOn(date: IsoDate | Date, options: CalendarOptions = {}): ReportingPeriod | undefined {
  const day = toDate(date);
  return reportingPeriods(options).find((p) => isWithin(day, { from: p.opens, to: p.locks }));
}

// ------------------------------------------------------------------------ statements of grant usage

export type GrantStatementKind = "interim" | "annual";

export interface GrantStatementPeriod {
  id: `${FinancialYearId}-${GrantStatementKind}`;
  kind: GrantStatementKind;
  financialYear: FinancialYearId;
  covers: DateWindow;
  opens: IsoDate;
  due: IsoDate;
  extension: boolean;
}

export const GRANT_STATEMENT_SCHEDULE = {
  guideRef: { document: "programme-guide", heading: "Programme reporting expectations > Financial returns" } satisfies GuideRef,
  interpretation:
    "Year one's interim statement is due 'in early January 2023': we set 13 January 2023 (the end of the second " +
    "week), covering April to December 2022. Later interim returns are due 'midway between the end of each financial " +
    "year', read as the middle of the financial year: they cover April to September and are due 31 October. The annual " +
    "statement comes 'at the end of the financial year': it opens on 1 April and is due 31 May, two months after the " +
    "year ends, to allow the accounts to close.",
};

function grantStatements(fy: FinancialYear): GrantStatementPeriod[] {
  const start = Number(fy.id.slice(0, 4));
  const firstYear = fy.id === "2022-23";
  return [
    {
      id: `${fy.id}-interim`,
      kind: "interim",
      financialYear: fy.id,
      covers: { from: fy.from, to: firstYear ? isoDate(start, 12, 31) : isoDate(start, 9, 30) },
      opens: firstYear ? isoDate(start + 1, 1, 1) : isoDate(start, 10, 1),
      due: firstYear ? isoDate(start + 1, 1, 13) : isoDate(start, 10, 31),
      extension: fy.extension,
    },
    {
      id: `${fy.id}-annual`,
      kind: "annual",
      financialYear: fy.id,
      covers: { from: fy.from, to: fy.to },
      opens: addDays(fy.to, 1),
      due: isoDate(start + 1, 5, 31),
      extension: fy.extension,
    },
  ];
}

export function grantStatementPeriods({ includeExtension = false }: CalendarOptions = {}): readonly GrantStatementPeriod[] {
  return financialYears({ includeExtension }).flatMap(grantStatements);
}

// ------------------------------------------------------------------------------ fixed milestones

export interface FixedMilestone {
  id: string;
  label: string;
  /** The plan's date for this milestone must fall in this window. */
  window: DateWindow;
  guideRef: GuideRef;
  interpretation?: string;
}

const PROGRAMME_START: IsoDate = "2022-04-01";

export const FIXED_MILESTONES: readonly FixedMilestone[] = [
  {
    id: "hub-opening",
    label: "Open family hubs and deliver visible change for families",
    window: { from: "2023-01-01", to: "2023-06-30" },
    guideRef: { document: "programme-guide", heading: "Delivering change for families in year one – opening family hubs" },
    interpretation: "'Within the first half of 2023 (calendar year)': 1 January to 30 June 2023.",
  },
  {
    id: "start-for-life-offer-published",
    label: "Publish the Start for Life offer",
    window: { from: PROGRAMME_START, to: "2023-03-31" },
    guideRef: { document: "programme-guide", heading: "Delivery plans and programme reporting > Delivery plans" },
    interpretation:
      "'By April 2023' is read as before April begins, so by 31 March 2023: the funding for it is year-one (2022 to " +
      "2023) funding, and a plan that meets 31 March also meets any later reading. The window opens at the start of " +
      "the programme's first financial year.",
  },
  {
    id: "parent-carer-panel-established",
    label: "Establish a Parent and Carer Panel",
    window: { from: PROGRAMME_START, to: "2023-03-31" },
    guideRef: { document: "programme-guide", heading: "Delivery plans and programme reporting > Delivery plans" },
    interpretation: "'By April 2023': by 31 March 2023, for the same reason as the Start for Life offer.",
  },
  {
    id: "local-needs-assessment",
    label: "Conduct a local population needs assessment",
    window: { from: PROGRAMME_START, to: "2023-03-31" },
    guideRef: { document: "programme-guide", heading: "Funded services: delivery expectations > Local needs assessment" },
    interpretation:
      "'Within the first year of the programme (2022–23)'. An assessment carried out recently before the programme also " +
      "counts under the guide, but its date falls outside this window: plans record it as already met.",
  },
  {
    id: "all-minimum-expectations-met",
    label: "Meet all minimum expectations",
    window: { from: PROGRAMME_START, to: "2025-03-31" },
    guideRef: { document: "programme-guide", heading: "Section 2: taking part in the Family Hubs and Start for Life programme – what this will mean for your local authority area > Delivery expectations" },
    interpretation: "'By March 2025 at the latest' and 'by the end of 2024-25': 31 March 2025.",
  },
];

export function fixedMilestoneById(id: string): FixedMilestone | undefined {
  return FIXED_MILESTONES.find((m) => m.id === id);
}
