import { z } from "zod";

// GOV.UK date input: day, month and year arrive as separate strings and become one ISO
// date, with the pattern's messages ("must include a month", "must be a real date").

const PARTS = z.object({ day: z.string().trim().default(""), month: z.string().trim().default(""), year: z.string().trim().default("") });

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A date from a GOV.UK date input (or an ISO string, for the API). `label` names the
 * date in messages, e.g. "The opening date". Optional dates accept three empty parts.
 */
export function zDateInput(label: string, { optional = false, min = "2000-01-01", max = "2100-12-31" } = {}) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value : value && typeof value === "object" ? value : undefined),
    z.union([z.string(), PARTS]).optional().transform((value, ctx): string | undefined => {
      if (value === undefined || value === "") {
        if (!optional) ctx.addIssue({ code: "custom", message: `Enter ${label.toLowerCase()}` });
        return undefined;
      }
      if (typeof value === "string") {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
          ctx.addIssue({ code: "custom", message: `${label} must be a real date in the format YYYY-MM-DD` });
          return undefined;
        }
        return checkRange(value);
      }
      const { day, month, year } = value;
      if (!day && !month && !year) {
        if (!optional) ctx.addIssue({ code: "custom", message: `Enter ${label.toLowerCase()}` });
        return undefined;
      }
      const missing = [!day && "a day", !month && "a month", !year && "a year"].filter(Boolean);
      if (missing.length) {
        ctx.addIssue({ code: "custom", message: `${label} must include ${missing.join(" and ")}` });
        return undefined;
      }
      if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year) || !isRealDate(Number(year), Number(month), Number(day))) {
        ctx.addIssue({ code: "custom", message: `${label} must be a real date` });
        return undefined;
      }
      return checkRange(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`);

      function checkRange(iso: string): string | undefined {
        if (iso < min || iso > max) {
          ctx.addIssue({ code: "custom", message: `${label} must be between ${min.slice(0, 4)} and ${max.slice(0, 4)}` });
          return undefined;
        }
        return iso;
      }
    }),
  );
}

/** ISO date → the parts a DateInput shows, for re-displaying a saved date. */
export function dateParts(iso: string | undefined | null): { day: string; month: string; year: string } | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] ?? "" } : undefined;
}
