import type { Pence } from "@/catalogue/funding";
import { parsePoundsToPence } from "@/domain/money";

// Indicative allocations imported from a CSV file, all or nothing: one bad row and nothing is saved, and
// every problem is listed with its row and column so the file can be fixed in one go.
//
// The file:
//   gss_code,financial_year,funding_line,amount_pounds
//   E10000002,2022-23,family-hubs-transformation.programme,"1,234,567.89"
//   E10000002,2022-23,parenting-support,250000
// - gss_code: the local authority's GSS code.
// - financial_year: "2022-23" (also read: "2022/23", "2022-2023", "2022 to 2023").
// - funding_line: a funding line id from the catalogue (src/catalogue/funding.ts).
// - amount_pounds: pounds, optionally with "£", thousands commas and up to 2 decimal places.
// Columns may come in any order; blank lines are ignored; values may be quoted ("" for a quote inside).
// Rows are numbered as a spreadsheet shows them: the header is row 1.

export const ALLOCATION_CSV_COLUMNS = ["gss_code", "financial_year", "funding_line", "amount_pounds"] as const;
export type AllocationCsvColumn = (typeof ALLOCATION_CSV_COLUMNS)[number];

export const MAX_ALLOCATION_ROWS = 10_000;

export interface AllocationRow {
  gssCode: string;
  financialYear: string;
  fundingLineId: string;
  amountPence: Pence;
}

export interface ImportProblem {
  /** Spreadsheet row number; the header is row 1. */
  row: number;
  /** The column at fault, or null for the row as a whole. */
  column: AllocationCsvColumn | null;
  message: string;
}

export type AllocationImport = { ok: true; rows: AllocationRow[] } | { ok: false; problems: ImportProblem[] };

export interface AllocationImportOptions {
  knownGssCodes: Iterable<string>;
  fundingLineIds: Iterable<string>;
  financialYearIds: Iterable<string>;
}

/** "2022/23", "2022-2023" and "2022 to 2023" as the catalogue's "2022-23"; other text unchanged. */
export function normaliseFinancialYear(text: string): string {
  const m = /^(\d{4})\s*(?:-|\/|to)\s*(\d{2}|\d{4})$/i.exec(text.trim());
  if (!m) return text.trim();
  const start = Number(m[1]);
  const end = m[2] ?? "";
  const follows = end.length === 2 ? Number(end) === (start + 1) % 100 : Number(end) === start + 1;
  return follows ? `${start}-${String((start + 1) % 100).padStart(2, "0")}` : text.trim();
}

type CsvRecord = { row: number; fields: string[] };

/** RFC 4180 records; a quoted field may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): { records: CsvRecord[] } | { problem: ImportProblem } {
  const records: CsvRecord[] = [];
  const source = text.replace(/^\uFEFF/, "");
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let afterQuote = false;
  let row = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ row, fields });
    fields = [];
    field = "";
    afterQuote = false;
    row += 1;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        field += c;
      }
    } else if (c === '"' && field.trim() === "" && !afterQuote) {
      quoted = true;
      field = "";
    } else if (c === ",") {
      fields.push(field);
      field = "";
      afterQuote = false;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      endRecord();
    } else if (afterQuote && c !== " " && c !== "\t") {
      return { problem: { row, column: null, message: "A quoted value must be followed by a comma or the end of the line" } };
    } else {
      field += c;
    }
  }
  if (quoted) return { problem: { row, column: null, message: "A quoted value is not closed: check for a missing double quote (\")" } };
  if (field !== "" || fields.length > 0) endRecord();
  return { records: records.filter((r) => r.fields.some((f) => f.trim() !== "")) };
}

export function parseAllocationsCsv(text: string, options: AllocationImportOptions): AllocationImport {
  const parsed = parseCsv(text);
  if ("problem" in parsed) return { ok: false, problems: [parsed.problem] };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, problems: [{ row: 1, column: null, message: `The file is empty. The first row must be: ${ALLOCATION_CSV_COLUMNS.join(",")}` }] };

  const names = header.fields.map((f) => f.trim().toLowerCase());
  const headerProblems: ImportProblem[] = [];
  for (const column of ALLOCATION_CSV_COLUMNS) {
    if (!names.includes(column)) headerProblems.push({ row: header.row, column, message: `The first row must have a column named ${column}` });
  }
  const extra = names.filter((n, i) => !(ALLOCATION_CSV_COLUMNS as readonly string[]).includes(n) || names.indexOf(n) !== i);
  if (extra.length) headerProblems.push({ row: header.row, column: null, message: `Remove the columns that are not needed or repeated: ${extra.map((n) => n || "(blank)").join(", ")}` });
  if (headerProblems.length) return { ok: false, problems: headerProblems };
  if (records.length === 0) return { ok: false, problems: [{ row: 2, column: null, message: "The file has no allocations below the header row" }] };
  if (records.length > MAX_ALLOCATION_ROWS) {
    return { ok: false, problems: [{ row: header.row, column: null, message: `The file has ${records.length} rows. Import ${MAX_ALLOCATION_ROWS.toLocaleString("en-GB")} rows or fewer at a time` }] };
  }

  const index = Object.fromEntries(ALLOCATION_CSV_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<AllocationCsvColumn, number>;
  const known = new Set([...options.knownGssCodes].map((g) => g.toUpperCase()));
  const lines = new Set(options.fundingLineIds);
  const years = new Set(options.financialYearIds);
  const problems: ImportProblem[] = [];
  const rows: AllocationRow[] = [];
  const firstRowFor = new Map<string, number>();

  for (const { row, fields } of records) {
    if (fields.length !== names.length) {
      problems.push({ row, column: null, message: `Row ${row} has ${fields.length} values; it should have ${names.length}, one for each column` });
      continue;
    }
    const cell = (c: AllocationCsvColumn) => (fields[index[c]] ?? "").trim();
    const before = problems.length;
    const gssCode = cell("gss_code").toUpperCase();
    if (!gssCode) problems.push({ row, column: "gss_code", message: "Enter the local authority's GSS code" });
    else if (!known.has(gssCode)) problems.push({ row, column: "gss_code", message: `${gssCode} is not the GSS code of a local authority in the programme` });

    const yearText = cell("financial_year");
    const financialYear = normaliseFinancialYear(yearText);
    if (!yearText) problems.push({ row, column: "financial_year", message: "Enter the financial year, like 2022-23" });
    else if (!years.has(financialYear)) problems.push({ row, column: "financial_year", message: `${yearText} is not a financial year of the programme. Use the form 2022-23` });

    const fundingLineId = cell("funding_line").toLowerCase();
    if (!fundingLineId) problems.push({ row, column: "funding_line", message: "Enter the funding line" });
    else if (!lines.has(fundingLineId)) problems.push({ row, column: "funding_line", message: `${cell("funding_line")} is not a funding line that is allocated to local authorities` });

    const amountText = cell("amount_pounds");
    const amountPence = parsePoundsToPence(amountText);
    if (!amountText) problems.push({ row, column: "amount_pounds", message: "Enter the amount in pounds" });
    else if (amountPence === null) {
      problems.push({ row, column: "amount_pounds", message: `${amountText} is not an amount in pounds. Use a number like 1234.56 or 1,234.56, with no more than 2 decimal places` });
    }

    if (problems.length > before || amountPence === null) continue;
    const key = `${gssCode}|${financialYear}|${fundingLineId}`;
    const first = firstRowFor.get(key);
    if (first !== undefined) {
      problems.push({ row, column: null, message: `Row ${row} repeats row ${first}: the same local authority, financial year and funding line. Keep one of them` });
      continue;
    }
    firstRowFor.set(key, row);
    rows.push({ gssCode, financialYear, fundingLineId, amountPence });
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
