import type { Metric, MetricField, MetricOption } from "@/catalogue/metric-model";
import { isIsoDate } from "@/catalogue/calendar";

// Turns what a person typed (a form field or a spreadsheet cell) into a metric value of the right type,
// or a plain-English reason it cannot. Values already of the right type pass through unchanged, so
// parsed data re-parses to itself. Bounds and cross-field rules are the catalogue's (metric-rules.ts).

export type ServiceRecord = Record<string, string | number | boolean | string[]>;
export type MetricValue = number | boolean | string | string[] | Record<string, number> | ServiceRecord[];

/** On failure, `at` names the breakdown category at fault, for the field-level message. */
export type Coerced<T = MetricValue> = { ok: true; value: T | undefined } | { ok: false; message: string; at?: string };

const NUMERIC_UNITS = new Set(["count", "percentage", "days", "hours", "times-per-year"]);
const NUMBER = /^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

function optionId(options: readonly MetricOption[] | undefined, raw: string): string | undefined {
  const s = raw.trim().toLowerCase();
  return (options ?? []).find((o) => o.id === s || o.label.toLowerCase() === s)?.id;
}

/** "31/03/2023" or "2023-03-31" or GOV.UK date parts → ISO date. */
function toIsoDate(raw: unknown): string | undefined | null {
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
    const { day = "", month = "", year = "" } = raw as Record<string, unknown>;
    if ([day, month, year].every(isBlank)) return undefined;
    if (![day, month, year].every((p) => typeof p === "string" && /^\d+$/.test(p.trim()))) return null;
    const iso = `${String(year).trim().padStart(4, "0")}-${String(month).trim().padStart(2, "0")}-${String(day).trim().padStart(2, "0")}`;
    return isIsoDate(iso) ? iso : null;
  }
  if (typeof raw !== "string") return null;
  const s = raw.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso = uk ? `${uk[3]}-${(uk[2] ?? "").padStart(2, "0")}-${(uk[1] ?? "").padStart(2, "0")}` : s;
  return isIsoDate(iso) ? iso : null;
}

/** Coerces one value for a metric or a record field. Blank input is `{ ok: true, value: undefined }`. */
export function coerceMetricInput(def: Metric | MetricField, raw: unknown): Coerced {
  const label = def.label;
  if (isBlank(raw)) return { ok: true, value: undefined };
  const fail = (message: string): Coerced => ({ ok: false, message });

  if (NUMERIC_UNITS.has(def.unit)) {
    if (typeof raw === "number") return Number.isFinite(raw) ? { ok: true, value: raw } : fail(`${label} must be a number`);
    if (typeof raw !== "string") return fail(`${label} must be a number`);
    const s = raw.trim().replace(/%$/, "").trim();
    if (!NUMBER.test(s)) return fail(`${label} must be a number, like 12 or 12.5`);
    return { ok: true, value: Number(s.replaceAll(",", "")) };
  }

  switch (def.unit) {
    case "boolean": {
      if (typeof raw === "boolean") return { ok: true, value: raw };
      const s = typeof raw === "string" ? raw.trim().toLowerCase() : "";
      if (["yes", "y", "true"].includes(s)) return { ok: true, value: true };
      if (["no", "n", "false"].includes(s)) return { ok: true, value: false };
      return fail(`Answer yes or no for ${label}`);
    }
    case "text":
      return typeof raw === "string" ? { ok: true, value: raw.trim() } : fail(`${label} must be text`);
    case "date": {
      const iso = toIsoDate(raw);
      return iso === undefined ? { ok: true, value: undefined } : iso === null ? fail(`${label} must be a real date, like 31/03/2023`) : { ok: true, value: iso };
    }
    case "choice": {
      const id = typeof raw === "string" ? optionId(def.options, raw) : undefined;
      return id ? { ok: true, value: id } : fail(`Select one of the options for ${label}`);
    }
    case "choices": {
      const parts = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[;\n]/) : null;
      if (!parts || parts.some((p) => typeof p !== "string")) return fail(`Select the options that apply for ${label}`);
      const ids: string[] = [];
      for (const part of parts as string[]) {
        if (part.trim() === "") continue;
        const id = optionId(def.options, part);
        if (!id) return fail(`"${part.trim()}" is not one of the options for ${label}`);
        if (!ids.includes(id)) ids.push(id);
      }
      return { ok: true, value: ids };
    }
    case "breakdown": {
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail(`Enter a number for each category of ${label}`);
      const counts: Record<string, number> = {};
      for (const [category, value] of Object.entries(raw)) {
        const option = (def.options ?? []).find((o) => o.id === category);
        if (!option) return { ok: false, message: `${label} has a category we do not collect: "${category}"`, at: category };
        const coerced = coerceMetricInput({ id: category, label: `${label}: ${option.label}`, unit: "count" }, value);
        if (!coerced.ok) return { ...coerced, at: category };
        if (typeof coerced.value === "number") counts[category] = coerced.value;
      }
      return Object.keys(counts).length ? { ok: true, value: counts } : { ok: true, value: undefined };
    }
    case "records":
      return fail(`${label} is a list; enter it on its own page`);
    default:
      return fail(`${label} cannot be entered`);
  }
}

/** Writes a value as a person would type it, for spreadsheet cells and "last quarter" hints. */
export function formatMetricInput(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.map(String).join("; ");
  if (typeof value === "object") return "";
  return String(value);
}
