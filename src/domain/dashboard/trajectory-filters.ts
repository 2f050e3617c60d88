import { z } from "zod";
import { isIsoDate } from "@/catalogue/calendar";
import type { IsoDate } from "@/catalogue/types";

// Query-string filters of the trajectory page and its exports: the date (either `asOf=YYYY-MM-DD`, as export
// links write it, or the GOV.UK date input's `asOf.day`, `asOf.month`, `asOf.year`), and the LA to show.
// Unknown or impossible values are ignored (the programme date is used), never errors.

const text = z.preprocess((v) => (typeof v === "string" ? v.trim() : undefined), z.string().optional()).catch(undefined);

const ZRaw = z.object({
  asOf: text,
  "asOf.day": text,
  "asOf.month": text,
  "asOf.year": text,
  la: z.preprocess((v) => (typeof v === "string" && /^[A-Z0-9]{9}$/i.test(v.trim()) ? v.trim().toUpperCase() : undefined), z.string().optional()).catch(undefined),
});

export interface TTrajectoryFilters {
  /** The date asked for, when valid. */
  asOf?: IsoDate;
  /** What the date input held, to show it back. */
  asOfParts: { day: string; month: string; year: string };
  la?: string;
}

function fromParts(day?: string, month?: string, year?: string): IsoDate | undefined {
  if (!day || !month || !year || !/^\d{4}$/.test(year)) return undefined;
  const candidate = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDate(candidate) ? candidate : undefined;
}

export function parseTrajectoryFilters(query: Record<string, string | string[] | undefined>): TTrajectoryFilters {
  const raw = ZRaw.parse(query);
  const direct = raw.asOf && isIsoDate(raw.asOf) ? raw.asOf : undefined;
  const asOf = direct ?? fromParts(raw["asOf.day"], raw["asOf.month"], raw["asOf.year"]);
  const [year = "", month = "", day = ""] = (asOf ?? "").split("-");
  return {
    asOf,
    asOfParts: asOf ? { day: String(Number(day)), month: String(Number(month)), year } : { day: raw["asOf.day"] ?? "", month: raw["asOf.month"] ?? "", year: raw["asOf.year"] ?? "" },
    la: raw.la,
  };
}
