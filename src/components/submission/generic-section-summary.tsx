import { SummaryList } from "@/components/summary-list";

function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "Not given";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.length === 0 ? "None" : value.map(describe).join("; ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${describe(v)}`)
      .join("; ");
  }
  return String(value);
}

/** A plain rendering of any section's saved data, for kinds without a dedicated summary. */
export function GenericSectionSummary({ data }: { data: unknown }) {
  if (data === undefined) return <p>Not started</p>;
  if (!data || typeof data !== "object" || Array.isArray(data)) return <p>{describe(data)}</p>;
  const entries = Object.entries(data as Record<string, unknown>);
  if (entries.length === 0) return <p>Nothing entered</p>;
  return <SummaryList rows={entries.map(([key, value]) => ({ key: key.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase()), value: <span className="break-words">{describe(value)}</span> }))} />;
}
