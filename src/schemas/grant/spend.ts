import { z } from "zod";
import { FUNDING_LINES, formatPounds, type FundingLine } from "@/catalogue/funding";
import { parsePoundsToPence } from "@/domain/money";

// Section "spend" of a statement of grant usage: spend (and, on the interim statement, the forecast for
// the rest of the year) per funding line, keyed by funding line id. The form posts
// `lines[<funding line id>].spendPence` as typed ("£1,234.56"); a string is always pounds as a person
// typed it, a number is already pence (the parsed, stored form), so saved data re-parses to itself.

/** Lines an LA reports spend on: those paid to LAs, with the family hubs transformation split into programme and capital. */
export const GRANT_FUNDING_LINES: readonly FundingLine[] = FUNDING_LINES.filter(
  (line) => line.allocatedToLocalAuthorities && !FUNDING_LINES.some((child) => child.parentId === line.id),
);

export function isGrantFundingLine(id: string): boolean {
  return GRANT_FUNDING_LINES.some((l) => l.id === id);
}

const MAX_PENCE = 100_000_000_000; // £1 billion: far above any LA's allocation, so a slip of the keyboard is caught.

/** An amount of money: pounds as typed ("£1,234.56", "1234.5", "1234") or whole pence as a number. Blank is undefined. */
export function zPence(label: string) {
  const format = `Enter ${label} in pounds and pence, like £1,234.56`;
  return z.preprocess(
    (v) => {
      if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return undefined;
      if (typeof v === "string") return parsePoundsToPence(v) ?? Number.NaN;
      return v;
    },
    z
      .number({ error: format })
      .int(`${label.charAt(0).toUpperCase()}${label.slice(1)} must be a whole number of pence`)
      .min(0, `${label.charAt(0).toUpperCase()}${label.slice(1)} cannot be negative`)
      .max(MAX_PENCE, `${label.charAt(0).toUpperCase()}${label.slice(1)} must be ${formatPounds(MAX_PENCE)} or less`)
      .optional(),
  );
}

export const ZSpendLine = z.object({
  spendPence: zPence("the amount spent"),
  /** Interim statements: the spend expected from now to the end of the financial year. */
  forecastPence: zPence("the forecast spend for the rest of the year"),
});
export type TSpendLine = z.infer<typeof ZSpendLine>;

export const ZGrantSpend = z.object({
  lines: z.preprocess(
    (v) => (v === undefined || v === "" ? {} : v),
    z.record(z.string().refine(isGrantFundingLine, { message: "Report spend only against the programme's funding lines" }), ZSpendLine),
  ),
});
export type TGrantSpend = z.infer<typeof ZGrantSpend>;
