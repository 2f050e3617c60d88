import { describe, expect, it } from "vitest";
import { normaliseFinancialYear, parseAllocationsCsv, parseCsv } from "@/domain/allocations/import";
import { ALLOCATABLE_FUNDING_LINE_IDS, ZAllocationForm } from "@/schemas/allocation";

const options = {
  knownGssCodes: ["E09000002", "E08000016"],
  fundingLineIds: ALLOCATABLE_FUNDING_LINE_IDS,
  financialYearIds: ["2022-23", "2023-24", "2024-25"],
};
const HEADER = "gss_code,financial_year,funding_line,amount_pounds";

describe("parseAllocationsCsv", () => {
  it("reads rows into integer pence, with quoted fields, CRLF and a byte-order mark", () => {
    const text =
      "\uFEFF" +
      [HEADER, 'E09000002,2022-23,parenting-support,"1,234,567.89"', "e08000016,2023/24,infant-feeding,£250000", '"E08000016","2022 to 2023","family-hubs-transformation.capital",0.29', ""].join(
        "\r\n",
      );
    expect(parseAllocationsCsv(text, options)).toEqual({
      ok: true,
      rows: [
        { gssCode: "E09000002", financialYear: "2022-23", fundingLineId: "parenting-support", amountPence: 123_456_789 },
        { gssCode: "E08000016", financialYear: "2023-24", fundingLineId: "infant-feeding", amountPence: 25_000_000 },
        { gssCode: "E08000016", financialYear: "2022-23", fundingLineId: "family-hubs-transformation.capital", amountPence: 29 },
      ],
    });
  });

  it("accepts the columns in any order and skips blank lines", () => {
    const text = ["amount_pounds,funding_line,financial_year,gss_code", "", "1234,parenting-support,2022-23,E09000002", ""].join("\n");
    expect(parseAllocationsCsv(text, options)).toEqual({
      ok: true,
      rows: [{ gssCode: "E09000002", financialYear: "2022-23", fundingLineId: "parenting-support", amountPence: 123_400 }],
    });
  });

  it("reports every problem by spreadsheet row and column, and imports nothing", () => {
    const text = [
      HEADER,
      "E09000002,2022-23,parenting-support,1000", // row 2: fine
      "E99999999,2022-23,parenting-support,1000", // row 3: unknown LA
      "E09000002,2030-31,parenting-support,1000", // row 4: unknown year
      "E09000002,2022-23,workforce-trials,1000", // row 5: not allocated to LAs
      "E09000002,2023-24,parenting-support,12.345", // row 6: three decimals
      "E09000002,2023-24,parenting-support,-5", // row 7: negative
      ",,,", // row 8: all blank, skipped
      "E09000002,2022-23,parenting-support", // row 9: missing value
      "E09000002,2022-23,parenting-support,2000", // row 10: repeats row 2
    ].join("\n");
    const result = parseAllocationsCsv(text, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => [p.row, p.column])).toEqual([
      [3, "gss_code"],
      [4, "financial_year"],
      [5, "funding_line"],
      [6, "amount_pounds"],
      [7, "amount_pounds"],
      [9, null],
      [10, null],
    ]);
    expect(!result.ok && result.problems.at(-1)?.message).toBe(
      "Row 10 repeats row 2: the same local authority, financial year and funding line. Keep one of them",
    );
    expect(!result.ok && result.problems[3]?.message).toMatch(/12\.345 is not an amount in pounds/);
  });

  it("reports a row number that counts records, not lines, after a quoted line break", () => {
    const text = [HEADER, 'E09000002,2022-23,parenting-support,"1\n000"', "E99999999,2022-23,parenting-support,5"].join("\n");
    const result = parseAllocationsCsv(text, options);
    expect(!result.ok && result.problems.map((p) => [p.row, p.column])).toEqual([
      [2, "amount_pounds"],
      [3, "gss_code"],
    ]);
  });

  it("reports empty cells as missing", () => {
    const result = parseAllocationsCsv([HEADER, " ,2022-23, ,"].join("\n"), options);
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual(["Enter the local authority's GSS code", "Enter the funding line", "Enter the amount in pounds"]);
  });

  it("refuses a wrong header, an empty file, a file with no rows and an unclosed quote", () => {
    const wrong = parseAllocationsCsv(["gss,financial_year,funding_line,amount_pounds,notes", "x,y,z,1,n"].join("\n"), options);
    expect(!wrong.ok && wrong.problems).toEqual([
      { row: 1, column: "gss_code", message: "The first row must have a column named gss_code" },
      { row: 1, column: null, message: "Remove the columns that are not needed or repeated: gss, notes" },
    ]);
    expect(parseAllocationsCsv("", options)).toMatchObject({ ok: false, problems: [{ row: 1, column: null }] });
    expect(parseAllocationsCsv(HEADER + "\n", options)).toMatchObject({ ok: false, problems: [{ row: 2, message: "The file has no allocations below the header row" }] });
    expect(parseAllocationsCsv(`${HEADER}\nE09000002,2022-23,parenting-support,"1000`, options)).toMatchObject({ ok: false, problems: [{ row: 2, column: null }] });
  });
});

describe("parseCsv", () => {
  it("handles doubled quotes, commas and line breaks inside quotes", () => {
    expect(parseCsv('a,"b ""quoted"", c","d\ne"\n1,2,3')).toEqual({
      records: [
        { row: 1, fields: ["a", 'b "quoted", c', "d\ne"] },
        { row: 2, fields: ["1", "2", "3"] },
      ],
    });
    expect(parseCsv('"a"b,c')).toMatchObject({ problem: { row: 1 } });
  });
});

describe("normaliseFinancialYear", () => {
  it("reads the common ways of writing a financial year", () => {
    expect(["2022-23", "2022/23", "2022-2023", "2022 to 2023", " 2022 / 23 "].map(normaliseFinancialYear)).toEqual(Array(5).fill("2022-23"));
    expect(normaliseFinancialYear("2022-24")).toBe("2022-24");
    expect(normaliseFinancialYear("1999/00")).toBe("1999-00");
  });
});

describe("ZAllocationForm", () => {
  it("turns the posted amount in pounds into pence, and re-parses its own output", () => {
    const parsed = ZAllocationForm.parse({ gssCode: " e09000002 ", financialYear: "2022/23", fundingLineId: "parenting-support", amount: "£1,234.56" });
    expect(parsed).toEqual({ gssCode: "E09000002", financialYear: "2022-23", fundingLineId: "parenting-support", amountPence: 123_456 });
    expect(ZAllocationForm.parse(parsed)).toEqual(parsed);
  });

  it("says what is wrong with each field", () => {
    const result = ZAllocationForm.safeParse({ gssCode: "", financialYear: "2031-32", fundingLineId: "workforce-trials", amount: "12.345" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["gssCode", "Select a local authority"],
      ["financialYear", "Select a financial year"],
      ["fundingLineId", "Select a funding line"],
    ]);
    expect(ZAllocationForm.safeParse({ gssCode: "E09000002", financialYear: "2022-23", fundingLineId: "parenting-support", amount: "12.345" }).error?.issues[0]).toMatchObject({
      path: ["amount"],
      message: "Enter the amount in pounds, like 1234.56 or 1,234.56, with no more than 2 decimal places",
    });
    expect(ZAllocationForm.safeParse({ gssCode: "E09000002", financialYear: "2022-23", fundingLineId: "parenting-support", amount: " " }).error?.issues[0]?.message).toBe(
      "Enter the amount in pounds",
    );
  });
});
