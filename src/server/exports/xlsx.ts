import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { exportValue, type ExportTable } from "./cells";

// XLSX through exceljs's streaming WorkbookWriter: each row is committed (written into the zip) as it is made
// and each sheet committed before the next starts, so a large extract never sits whole in memory. Sheets are
// written one after another; `tables` may be lazy (a function per sheet) so a sheet's rows are loaded only when
// its turn comes.

export type LazyTable = ExportTable | (() => Promise<ExportTable>);

async function writeWorkbook(stream: PassThrough, tables: readonly LazyTable[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  for (const lazy of tables) {
    const table = typeof lazy === "function" ? await lazy() : lazy;
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    const header = sheet.addRow([...table.columns]);
    header.font = { bold: true };
    header.commit();
    for await (const row of table.rows) sheet.addRow(row.map(exportValue)).commit();
    sheet.commit();
  }
  await workbook.commit();
}

/** The tables as one workbook, one sheet each, as a byte stream for a Response. */
export function xlsxStream(tables: readonly LazyTable[]): ReadableStream<Uint8Array> {
  const pass = new PassThrough();
  writeWorkbook(pass, tables).catch((error: unknown) => {
    console.error("XLSX export failed", error);
    pass.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(pass) as ReadableStream<Uint8Array>;
}
