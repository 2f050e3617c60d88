// Cell values shared by the CSV and XLSX writers. A text cell that a spreadsheet would read as a formula
// (starting with =, +, -, @, or a tab or carriage return that some spreadsheets skip before one) gets a leading
// apostrophe, so an LA's free text can never run as a formula on an analyst's machine (OWASP "CSV injection").

export type CellValue = string | number | boolean | null | undefined;

export interface ExportTable {
  /** Sheet name in a workbook (31 characters at most). */
  name: string;
  /** snake_case column names: stable, documented in src/server/exports/README.md. */
  columns: readonly string[];
  rows: Iterable<readonly CellValue[]> | AsyncIterable<readonly CellValue[]>;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The value as the exports write it: text neutralised, numbers and booleans kept, nothing as empty. */
export function exportValue(value: CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return neutraliseFormula(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}
