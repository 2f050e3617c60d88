import { exportValue, type CellValue, type ExportTable } from "./cells";

// RFC 4180 CSV, streamed row by row: CRLF line ends, a field quoted when it holds a comma, a quote or a line
// break, quotes doubled. Starts with a UTF-8 byte order mark so Excel reads names such as "Kingston upon Hull"
// or "Southend-on-Sea" with any accents intact.

export function csvField(value: CellValue): string {
  const v = exportValue(value);
  if (v === null) return "";
  const text = typeof v === "boolean" ? (v ? "true" : "false") : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CellValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** The table as a CSV byte stream, header row first. Rows are pulled only as the client reads. */
export function csvStream(table: Pick<ExportTable, "columns" | "rows">): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: Iterator<readonly CellValue[]> | AsyncIterator<readonly CellValue[]> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(table.columns)}`));
    },
    async pull(controller) {
      iterator ??= Symbol.asyncIterator in table.rows ? table.rows[Symbol.asyncIterator]() : table.rows[Symbol.iterator]();
      // A few hundred rows per pull keeps the chunks a useful size without holding the whole file.
      let chunk = "";
      for (let i = 0; i < 200; i++) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}
