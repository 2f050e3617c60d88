import "server-only";
import { csvStream } from "./csv";
import type { ExportTable } from "./cells";
import { xlsxStream, type LazyTable } from "./xlsx";

const NO_STORE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

export function csvResponse(filename: string, table: ExportTable): Response {
  return new Response(csvStream(table), {
    headers: { ...NO_STORE, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}.csv"` },
  });
}

export function xlsxResponse(filename: string, tables: readonly LazyTable[]): Response {
  return new Response(xlsxStream(tables), {
    headers: {
      ...NO_STORE,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${filename}.xlsx"`,
    },
  });
}

/** Another LA's data, or a page the actor may not see: the same answer as a page that does not exist. */
export function exportNotFound(): Response {
  return new Response("Not found", { status: 404, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });
}
