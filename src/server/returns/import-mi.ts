import "server-only";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { ReportingPeriod } from "@/catalogue/calendar";
import {
  buildMiTemplate,
  identifySheet,
  MI_TEMPLATE_INSTRUCTIONS,
  rowsToMetricsDocument,
  type SheetInput,
  type TemplateProblem,
  type TemplateSheet,
} from "@/domain/return/mi-template";
import type { SubmissionDocument } from "@/domain/submissions/types";
import type { Prisma } from "@/generated/prisma/client";
import { authoriseForLocalAuthority, type Actor } from "@/server/authorise";
import { recordAudit } from "@/server/audit";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { documentOf, findLatestRevision, sectionVersions } from "@/server/submissions/load-submission";
import { can } from "@/domain/permissions";
import { previousReturnDocument, returnKindServer } from "./return-kind";
import { saveReturnSection } from "./return-workflow";
import { startReturn } from "./start-return";

// The management information spreadsheet: written from the domain's template (mi-template.ts) and read
// back from an upload, XLSX or CSV. Reading turns every cell into the text a person would have typed,
// so the domain's parsing is the same for a typed, pasted or Excel-converted value.

/** 5 MB: a filled template is tens of kilobytes; anything near this is not our template. */
export const MI_UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

// ------------------------------------------------------------------------------------------- writing

const GREY = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F2F1" } } as const;

function addDataSheet(workbook: ExcelJS.Workbook, sheet: TemplateSheet): void {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ header: c.key, key: c.key, width: Math.min(60, Math.max(14, c.key.length + 4)) }));
  for (const row of sheet.rows) ws.addRow(row);
  ws.getRow(1).font = { bold: true };
  sheet.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    // Header notes say what each column takes; read-only columns are shaded.
    ws.getCell(1, i + 1).note = c.description;
    if (!c.editable) column.eachCell({ includeEmpty: false }, (cell, rowNumber) => rowNumber > 1 && (cell.fill = GREY));
  });
}

/** The template as an XLSX file: instructions, then the Services and Metrics sheets. */
export async function writeMiTemplate({
  laName,
  period,
  document,
  previous,
}: {
  laName: string;
  period: ReportingPeriod;
  document?: SubmissionDocument;
  previous?: SubmissionDocument;
}): Promise<Buffer> {
  const sheets = buildMiTemplate({ document, previous });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Family Hubs and Start for Life portal";
  const intro = workbook.addWorksheet("Instructions");
  intro.getColumn(1).width = 28;
  intro.getColumn(2).width = 110;
  intro.addRow(["Management information template"]).font = { bold: true, size: 16 };
  intro.addRow(["Local authority", laName]);
  intro.addRow(["Return", `${period.label} (${period.id})`]);
  intro.addRow([]);
  for (const line of MI_TEMPLATE_INSTRUCTIONS) intro.addRow(["", line]);
  for (const sheet of sheets) {
    intro.addRow([]);
    intro.addRow([`Columns of the ${sheet.name} sheet`]).font = { bold: true };
    for (const c of sheet.columns) intro.addRow([c.key, c.description]);
  }
  intro.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  for (const sheet of sheets) addDataSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template for one LA's return: its current figures, and last quarter's beside them. Null if the actor may not see the LA. */
export async function miTemplateFor({ db, actor, la, period }: { db: Db; actor: Actor; la: { gssCode: string; name: string; region: string }; period: ReportingPeriod }): Promise<Buffer | null> {
  if (!can(actor, "la.view", { localAuthorityGss: la.gssCode, region: la.region })) return null;
  const [current, previous] = await Promise.all([
    findLatestRevision({ db, actor, kind: "DELIVERY_RETURN", localAuthorityGss: la.gssCode, periodKey: period.id }),
    previousReturnDocument(db, la.gssCode, period.id),
  ]);
  return writeMiTemplate({ laName: la.name, period, document: current ? documentOf(current) : undefined, previous });
}

// ------------------------------------------------------------------------------------------- reading

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the text a person would type: dates as 31/03/2023, yes/no, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  // Excel stores dates as day counts; exceljs hands them over as UTC midnight.
  if (value instanceof Date) return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  return "";
}

function sheetInput(ws: ExcelJS.Worksheet, name = ws.name): SheetInput {
  const header = ws.getRow(1);
  const columns: string[] = [];
  header.eachCell({ includeEmpty: true }, (cell, col) => (columns[col - 1] = cellText(cell.value).replace(/^\uFEFF/, "").trim()));
  const rows: Record<string, string>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const record: Record<string, string> = {};
    columns.forEach((key, i) => key && (record[key] = cellText(row.getCell(i + 1).value)));
    rows.push(record);
  }
  // Trailing blank rows (formatting left below the data) are not rows anyone filled in.
  while (rows.length && Object.values(rows[rows.length - 1] ?? {}).every((v) => v.trim() === "")) rows.pop();
  return { name, columns: columns.filter(Boolean), rows };
}

export type ReadResult = { sheets: SheetInput[] } | { problems: TemplateProblem[] };

const fileProblem = (message: string): { problems: TemplateProblem[] } => ({ problems: [{ sheet: "", row: 0, column: "", message }] });

/** The sheets of an uploaded file. A CSV holds one sheet, recognised by its header row. */
export async function readMiUpload({ fileName, data }: { fileName: string; data: Buffer }): Promise<ReadResult> {
  if (data.byteLength === 0) return fileProblem("The selected file is empty.");
  if (data.byteLength > MI_UPLOAD_MAX_BYTES) return fileProblem("The selected file must be smaller than 5 MB.");
  const isZip = data.subarray(0, 2).toString("latin1") === "PK";
  const isCsv = /\.csv$/i.test(fileName);
  if (!isZip && !isCsv) return fileProblem("The selected file must be an Excel workbook (.xlsx) or a CSV file.");
  const workbook = new ExcelJS.Workbook();
  try {
    if (isZip) {
      // exceljs types its input as an ArrayBuffer (its own `Buffer`), so hand it a copy of the bytes.
      const bytes = new Uint8Array(data.byteLength);
      bytes.set(data);
      await workbook.xlsx.load(bytes.buffer);
      return { sheets: workbook.worksheets.map((ws) => sheetInput(ws)) };
    }
    const text = data.toString("utf8").replace(/^\uFEFF/, "");
    // Every cell stays text (map), so "007" or "1/2" is judged by the domain, not guessed at here.
    const ws = await workbook.csv.read(Readable.from([text]), { map: (value: unknown) => value });
    const input = sheetInput(ws);
    const name = identifySheet(input.columns ?? []);
    if (!name) return fileProblem("The CSV file's first row must be the column names of the Services or Metrics sheet of the template.");
    return { sheets: [{ ...input, name }] };
  } catch {
    return fileProblem(isZip ? "The selected file could not be read as an Excel workbook. Save it as .xlsx and try again." : "The selected file could not be read as CSV.");
  }
}

// ----------------------------------------------------------------------------------------- importing

export type ImportResult =
  | { status: "imported"; submissionId: string; sections: string[]; services: number; metrics: number }
  | { status: "problems"; problems: TemplateProblem[] }
  | { status: "conflict"; message: string; saved: string[] };

/**
 * Imports a filled template into the LA's return for the period: every row is checked first, and any
 * problem means nothing is imported. The engine saves one section per transaction, so both sections
 * are validated before either is saved, each against the version just read; if the second save meets
 * someone else's save in between, the first stays saved and the result says exactly which.
 */
export async function importMiUpload({
  db,
  actor,
  localAuthorityGss,
  periodId,
  fileName,
  data,
}: {
  db: Db;
  actor: Actor;
  localAuthorityGss: string;
  periodId: string;
  fileName: string;
  data: Buffer;
}): Promise<ImportResult> {
  // Another LA's return is "not found" before anything is read from the file.
  const la = await authoriseForLocalAuthority(db, actor, "return.edit", localAuthorityGss);
  const read = await readMiUpload({ fileName, data });
  if ("problems" in read) return { status: "problems", problems: read.problems };
  const parsed = rowsToMetricsDocument(read.sheets);
  if ("problems" in parsed) return { status: "problems", problems: parsed.problems };

  const submission = await startReturn({ db, actor, localAuthorityGss, periodId });
  if (submission.status !== "DRAFT") throw new AppError("CONFLICT", "This return has been sent for sign-off or submitted, so nothing can be imported into it.");
  const stored = documentOf(submission);
  const versions = sectionVersions(submission);
  const sections = (["services", "metrics"] as const).filter((key) => parsed.document[key] !== undefined);
  const validated = sections.map((key) => {
    const schema = returnKindServer.definition.sections.find((s) => s.key === key)?.schema;
    const check = schema?.safeParse(parsed.document[key]);
    if (!check?.success) throw new Error(`The ${key} section built from the template does not match its schema`);
    return { key, input: parsed.document[key] };
  });

  const saved: string[] = [];
  for (const { key, input } of validated) {
    const result = await saveReturnSection({ db, actor, submissionId: submission.id, sectionKey: key, input, expectedVersion: versions[key] ?? 0 });
    if (result.status === "invalid") throw new Error(`The ${key} section was refused after validation: ${JSON.stringify(result.fieldErrors)}`);
    if (result.status === "conflict") {
      const what = key === "services" ? "register of services" : "figures";
      return {
        status: "conflict",
        saved,
        message:
          saved.length === 0
            ? `Someone else saved the ${what} while your file was being imported. Nothing was imported. Upload the file again to replace their changes.`
            : `The register of services was imported, but someone else saved the figures at the same time, so the figures were not. Upload the file again to import the figures.`,
      };
    }
    saved.push(key);
  }
  const services = parsed.document.services?.services.length ?? 0;
  const metrics = Object.keys(parsed.document.metrics?.metrics ?? {}).length;
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: "return.mi-imported",
      subjectType: "submission",
      subjectId: submission.id,
      localAuthorityGss,
      data: { fileName, sections: saved, services, metrics, replaced: sections.filter((k) => stored[k] !== undefined) } satisfies Prisma.InputJsonObject,
    }),
  );
  return { status: "imported", submissionId: submission.id, sections: saved, services, metrics };
}
