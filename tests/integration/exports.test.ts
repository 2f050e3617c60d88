import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { STRANDS } from "@/catalogue/lookup";
import { dashboardTable, TRAJECTORY_COLUMNS, trajectoryTable } from "@/domain/dashboard/tables";
import type { Actor } from "@/domain/permissions";
import { loadProgrammeStatus } from "@/server/dashboard/load-programme-status";
import { loadTrajectory } from "@/server/dashboard/load-trajectory";
import { insertSyntheticRecords } from "@/server/dashboard/synthetic-dataset";
import { csvField, csvStream } from "@/server/exports/csv";
import { LA_COLUMNS, periodExtract, RETURNS_COLUMNS, SECTION_SHEETS } from "@/server/exports/period-extract";
import { xlsxStream } from "@/server/exports/xlsx";
import { createLocalAuthority, createUser } from "../support/fixtures";
import { useTestDatabase } from "../support/use-test-database";

const { db } = useTestDatabase();
let reviewer: Actor;
let adviser: Actor;
const now = new Date("2024-01-20T12:00:00Z");
const PERIOD = "2023-24-Q3"; // due 31 October 2023: every LA's return is sent and decided by the date

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

async function workbook(stream: ReadableStream<Uint8Array>): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await new Response(stream).arrayBuffer());
  return book;
}

function header(sheet: ExcelJS.Worksheet): unknown[] {
  return (sheet.getRow(1).values as unknown[]).slice(1);
}

beforeAll(async () => {
  reviewer = await createUser(db, "DEPARTMENT_REVIEWER");
  adviser = await createUser(db, "REGIONAL_ADVISER", { region: "South West" });
  const authorities = [];
  for (let i = 0; i < 4; i++) authorities.push(await createLocalAuthority(db, { region: "South West", isTrailblazer: i === 0 }));
  for (let i = 0; i < 3; i++) authorities.push(await createLocalAuthority(db, { region: "London", name: i === 0 ? "=HYPERLINK(\"http://evil\") Borough, \"Quoted\"" : undefined }));
  await insertSyntheticRecords({ db, authorities, asOf: "2024-01-20", reviewerId: reviewer.id });
});

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks, and neutralises formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("+44 1234")).toBe("'+44 1234");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField(-1)).toBe("-1");
    expect(csvField(true)).toBe("true");
    expect(csvField(null)).toBe("");
  });
});

describe("dashboard export", () => {
  it("has a header row of stable columns and one row per LA in scope", async () => {
    const status = await loadProgrammeStatus({ db, actor: reviewer, filters: {}, now });
    const table = dashboardTable(status);
    expect(table.columns.slice(0, 8)).toEqual(["gss_code", "local_authority", "region", "trailblazer", "super_evaluator", "eif_support", "plan_status", "return_2022_23_q4_status"]);
    expect(table.columns).toContain("return_2024_25_q4_late");
    expect(table.columns).toContain("grant_2022_23_interim_status");
    expect(table.columns).toHaveLength(7 + 9 * 2 + 6 * 2);

    const lines = (await text(csvStream({ columns: table.columns, rows: table.rows }))).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe(table.columns.join(","));
    expect(lines).toHaveLength(1 + 7);
    const evil = lines.find((l) => l.includes("HYPERLINK"));
    expect(evil).toContain(`"'=HYPERLINK(""http://evil"") Borough, ""Quoted"""`);
    expect(lines.filter((l) => l.includes(",approved,")).length).toBe(7);
  });

  it("gives a regional adviser their region's rows only", async () => {
    const status = await loadProgrammeStatus({ db, actor: adviser, filters: {}, now });
    const rows = dashboardTable(status).rows;
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(["South West"]));
    // Asking for another region does not widen the scope.
    expect((await loadProgrammeStatus({ db, actor: adviser, filters: { region: "London" }, now })).rows).toHaveLength(0);
  });

  it("filters by cohort", async () => {
    const status = await loadProgrammeStatus({ db, actor: reviewer, filters: { cohort: "trailblazer", region: "South West" }, now });
    expect(status.rows).toHaveLength(1);
  });
});

describe("trajectory export", () => {
  it("has one row per area and strand, plus an all-strands row per area", async () => {
    const loaded = await loadTrajectory({ db, actor: reviewer, now });
    const table = trajectoryTable(loaded.trajectory, new Map(loaded.authorities.map((a) => [a.gssCode, a])), { includeNation: true });
    expect(table.columns).toEqual(TRAJECTORY_COLUMNS);
    expect(table.columns.slice(0, 8)).toEqual(["as_of", "area_type", "area_code", "area_name", "region", "strand", "strand_name", "met"]);
    expect(table.rows).toHaveLength((1 + 2 + 7) * (1 + STRANDS.length));

    const book = await workbook(xlsxStream([{ name: "trajectory", columns: table.columns, rows: table.rows }]));
    const sheet = book.getWorksheet("trajectory")!;
    expect(header(sheet)).toEqual(TRAJECTORY_COLUMNS);
    expect(sheet.rowCount).toBe(1 + table.rows.length);
  });

  it("leaves England out for a regional adviser, whose region is the whole", async () => {
    const loaded = await loadTrajectory({ db, actor: adviser, now });
    const table = trajectoryTable(loaded.trajectory, new Map(loaded.authorities.map((a) => [a.gssCode, a])), { includeNation: false });
    expect(table.rows).toHaveLength((1 + 4) * (1 + STRANDS.length));
    expect(table.rows.every((r) => r[4] === "South West")).toBe(true);
  });
});

describe("period extract", () => {
  it("has a returns sheet with a row per LA and a sheet per section with stable columns", async () => {
    const book = await workbook(xlsxStream(await periodExtract({ db, actor: reviewer, periodId: PERIOD, now })));
    expect(book.worksheets.map((s) => s.name)).toEqual(["returns", ...Object.keys(SECTION_SHEETS)]);
    const returns = book.getWorksheet("returns")!;
    expect(header(returns)).toEqual(RETURNS_COLUMNS);
    expect(returns.rowCount).toBe(1 + 7);
    for (const [name, sheet] of Object.entries(SECTION_SHEETS)) {
      expect(header(book.getWorksheet(name)!), name).toEqual([...LA_COLUMNS, ...sheet.columns]);
    }

    const sections = await db.submissionSection.findMany({
      where: { key: "milestones", submission: { kind: "DELIVERY_RETURN", periodKey: PERIOD } },
      select: { data: true },
    });
    const milestones = sections.reduce((sum, s) => sum + Object.keys((s.data as { milestones: object }).milestones).length, 0);
    expect(milestones).toBeGreaterThan(0);
    expect(book.getWorksheet("milestones")!.rowCount).toBe(1 + milestones);
    expect(book.getWorksheet("risks")!.rowCount).toBeGreaterThan(7);
    const metrics = book.getWorksheet("metrics")!;
    expect(metrics.rowCount).toBeGreaterThan(7 * 40);
  });

  it("extracts only the regional adviser's LAs", async () => {
    const book = await workbook(xlsxStream(await periodExtract({ db, actor: adviser, periodId: PERIOD, now })));
    const returns = book.getWorksheet("returns")!;
    expect(returns.rowCount).toBe(1 + 4);
    const regions = new Set<unknown>();
    book.getWorksheet("milestones")!.eachRow((row, n) => {
      if (n > 1) regions.add(row.getCell(3).value);
    });
    expect(regions).toEqual(new Set(["South West"]));
  });

  it("refuses an unknown period as not found", async () => {
    await expect(periodExtract({ db, actor: reviewer, periodId: "1999-00-Q1", now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
