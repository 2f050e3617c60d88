import type { Pence } from "@/catalogue/funding";

// Money typed by people (forms, CSV cells) becomes integer pence by string arithmetic only:
// parseFloat("0.29") * 100 is 28.999999999999996, so floats never touch an amount.

export interface ParsePoundsOptions {
  /** Accept "-£5" and "£-5". Off by default: allocations and spend are never negative. */
  allowNegative?: boolean;
}

// Optional sign, optional "£", then whole pounds (plain, or grouped in threes with commas) and up to two decimals.
const AMOUNT = /^(-)?£?(-)?(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/;

/**
 * "£1,234.56" → 123456, "1234.5" → 123450, "1234" → 123400. Null for anything else: junk, more than
 * two decimal places, misplaced commas ("1,23"), a bare "." or a negative amount unless allowed.
 */
export function parsePoundsToPence(text: string, { allowNegative = false }: ParsePoundsOptions = {}): Pence | null {
  const match = AMOUNT.exec(text.trim());
  if (!match) return null;
  const [, signBefore, signAfter, whole = "", decimals = ""] = match;
  if (signBefore && signAfter) return null;
  const negative = Boolean(signBefore ?? signAfter);
  if (negative && !allowNegative) return null;
  const digits = `${whole.replaceAll(",", "")}${decimals.padEnd(2, "0")}`;
  const pence = Number(digits);
  if (!Number.isSafeInteger(pence)) return null;
  return negative && pence !== 0 ? -pence : pence;
}
